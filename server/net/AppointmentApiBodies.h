#pragma once

// Request bodies of the appointments HTTP API (docs/api.md), described for
// the protocol's codec so a bad field gets the same typed error as on the
// WebSocket: `bad_field` naming it, `invalid_identity` for a bad ID number.

#include "protocol/Shapes.h"

namespace hallq::net {

struct ApiBookBody
{
    QString serviceId;
    QDateTime slotStart; // ISO 8601 with an offset: "2026-03-02T09:00:00+08:00"
    protocol::IdentityInput identity;
    std::optional<QString> phone; // mainland mobile number

    static constexpr auto fields()
    {
        using S = ApiBookBody;
        using protocol::field;
        return std::tuple{field("serviceId", &S::serviceId), field("slotStart", &S::slotStart),
                          field("identity", &S::identity), field("phone", &S::phone)};
    }
};

struct ApiLookupBody
{
    protocol::IdentityInput identity;
    std::optional<QString> serviceId;

    static constexpr auto fields()
    {
        using S = ApiLookupBody;
        using protocol::field;
        return std::tuple{field("identity", &S::identity), field("serviceId", &S::serviceId)};
    }
};

} // namespace hallq::net
