#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <optional>

namespace hallq::protocol {

// Who is on the other end of a connection. Kiosk and Display are devices
// (auth.device); the others are staff roles (auth.login). Bit values so a
// set of roles is a QFlags.
enum class Role : unsigned {
    Kiosk = 0x01,
    Display = 0x02,
    Counter = 0x04,
    Guide = 0x08,
    Supervisor = 0x10,
    Admin = 0x20,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

inline constexpr Roles kNoRoles{};
inline constexpr Roles kAnyone = Role::Kiosk | Role::Display | Role::Counter | Role::Guide
                                 | Role::Supervisor | Role::Admin;

// Stable wire names: "kiosk", "display", "counter", "guide", "supervisor", "admin".
QString toString(Role role);
std::optional<Role> roleFromString(QStringView name);
QStringList toStringList(Roles roles);
// nullopt when any name is unknown.
std::optional<Roles> rolesFromStringList(const QStringList &names);
QList<Role> allRoles();

} // namespace hallq::protocol
