#pragma once

#include "protocol/Role.h"

#include <QString>

namespace hallq::net {

// Who a connection has proven to be.
struct Principal
{
    enum class Kind { Nobody, Staff, Device };
    Kind kind = Kind::Nobody;
    QString id;           // staff id or device id
    QString name;
    QString departmentId;
    protocol::Roles roles;

    bool authenticated() const { return kind != Kind::Nobody; }
    bool has(protocol::Role role) const { return roles.testFlag(role); }
};

} // namespace hallq::net
