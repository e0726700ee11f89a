#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace hallq::admin {

// What hallq-admin accepts for staff accounts and devices. Each check returns
// the problem in words, or an empty string when the value is fine.
class AccountRules
{
public:
    static QString staffIdProblem(const QString &id);
    static QString deviceIdProblem(const QString &id);
    static QString displayNameProblem(const QString &name);
    static QString departmentProblem(const QString &department);
    static QString passwordProblem(const QString &password);
    static QString deviceKindProblem(const QString &kind);
    // "counter,guide" -> the role names in a stable order; the server reads
    // them with protocol::rolesFromStringList. Device roles are refused.
    static std::optional<QStringList> staffRoles(const QString &list, QString *problem);

    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxNameLength = 64;
};

} // namespace hallq::admin
