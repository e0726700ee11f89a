#include "admin/AccountRules.h"

#include "config/ConfigId.h"
#include "protocol/Role.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hallq::admin {
namespace {

using protocol::Role;

const QList<Role> kStaffRoles{Role::Counter, Role::Guide, Role::Supervisor, Role::Admin};
const QList<Role> kDeviceKinds{Role::Kiosk, Role::Display};

QStringList names(const QList<Role> &roles)
{
    QStringList out;
    for (Role role : roles)
        out.append(protocol::toString(role));
    return out;
}

// Log-in names and device ids appear in logs and URLs: keep them plain.
QString plainIdProblem(const QString &id, int maxLength)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.-]*$"_s);
    if (id.size() > maxLength || !pattern.match(id).hasMatch()) {
        return u"\"%1\" must be 1-%2 letters, digits, _, . or -, starting with a letter or digit"_s.arg(id).arg(
            maxLength);
    }
    return QString();
}

} // namespace

QString AccountRules::staffIdProblem(const QString &id)
{
    return plainIdProblem(id, 32);
}

QString AccountRules::deviceIdProblem(const QString &id)
{
    return plainIdProblem(id, 64);
}

QString AccountRules::displayNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return u"the name must not be empty"_s;
    if (name.size() > kMaxNameLength)
        return u"the name is longer than %1 characters"_s.arg(kMaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return u"the name contains a control character"_s;
    }
    return QString();
}

QString AccountRules::departmentProblem(const QString &department)
{
    if (!config::ConfigId::isValid(department))
        return u"department \"%1\" must be a department id of the hall file (%2)"_s.arg(department,
                                                                                         config::ConfigId::rule());
    return QString();
}

QString AccountRules::passwordProblem(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return u"the password must have at least %1 characters"_s.arg(kMinPasswordLength);
    return QString();
}

QString AccountRules::deviceKindProblem(const QString &kind)
{
    const std::optional<Role> role = protocol::roleFromString(kind);
    if (!role || !kDeviceKinds.contains(*role))
        return u"kind \"%1\" must be one of %2"_s.arg(kind, names(kDeviceKinds).join(u", "_s));
    return QString();
}

std::optional<QStringList> AccountRules::staffRoles(const QString &list, QString *problem)
{
    protocol::Roles roles;
    for (const QString &part : list.split(u',')) {
        const QString name = part.trimmed();
        const std::optional<Role> role = protocol::roleFromString(name);
        if (!role || !kStaffRoles.contains(*role)) {
            *problem = u"role \"%1\" must be one of %2"_s.arg(name, names(kStaffRoles).join(u", "_s));
            return std::nullopt;
        }
        roles |= *role;
    }
    return protocol::toStringList(roles);
}

} // namespace hallq::admin
