#pragma once

// Every event body (server → client, envelope with seq).

#include "protocol/Shapes.h"

namespace hallq::protocol {

struct TicketEvent
{
    QString change = QStringLiteral("issued"); // wire::kTicketChanges (engine EventType names)
    TicketInfo ticket;                         // identityMasked is always stripped (makeEvent)

    bool operator==(const TicketEvent &) const = default;
    static constexpr auto fields()
    {
        return std::tuple{field("change", &TicketEvent::change, {.oneOf = wire::kTicketChanges}),
                          field("ticket", &TicketEvent::ticket)};
    }
};

struct WindowEvent
{
    WindowInfo window;

    bool operator==(const WindowEvent &) const = default;
    static constexpr auto fields() { return std::tuple{field("window", &WindowEvent::window)}; }
};

struct QueueEvent
{
    QueueInfo queue;

    bool operator==(const QueueEvent &) const = default;
    static constexpr auto fields() { return std::tuple{field("queue", &QueueEvent::queue)}; }
};

struct CallEvent
{
    CallInfo call;

    bool operator==(const CallEvent &) const = default;
    static constexpr auto fields() { return std::tuple{field("call", &CallEvent::call)}; }
};

struct ServiceEvent
{
    ServiceInfo service; // open/closed changes

    bool operator==(const ServiceEvent &) const = default;
    static constexpr auto fields() { return std::tuple{field("service", &ServiceEvent::service)}; }
};

} // namespace hallq::protocol
