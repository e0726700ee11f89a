#include "protocol/Role.h"

#include "protocol/NameTable.h"

namespace hallq::protocol {
namespace {

using namespace Qt::StringLiterals;

constexpr detail::NameTable<Role, 6> kNames{{{
    {Role::Kiosk, "kiosk"_L1},
    {Role::Display, "display"_L1},
    {Role::Counter, "counter"_L1},
    {Role::Guide, "guide"_L1},
    {Role::Supervisor, "supervisor"_L1},
    {Role::Admin, "admin"_L1},
}}};

} // namespace

QString toString(Role role)
{
    return kNames.name(role);
}

std::optional<Role> roleFromString(QStringView name)
{
    return kNames.find(name);
}

QStringList toStringList(Roles roles)
{
    QStringList names;
    for (const auto &[r, name] : kNames.entries) {
        if (roles.testFlag(r))
            names.append(name);
    }
    return names;
}

std::optional<Roles> rolesFromStringList(const QStringList &names)
{
    Roles roles;
    for (const QString &name : names) {
        const auto role = roleFromString(name);
        if (!role)
            return std::nullopt;
        roles |= *role;
    }
    return roles;
}

QList<Role> allRoles()
{
    return kNames.values();
}

} // namespace hallq::protocol
