#include "net/RequestRouter.h"

#include "net/HallCore.h"

namespace hallq::net {

using protocol::ErrorCode;

namespace {
template <class>
[[maybe_unused]] inline constexpr bool kNoHandler = false; // clang sees no use: it is named only in a discarded branch
} // namespace

RequestRouter::RequestRouter(ServerContext &context)
    : m_context(context), m_session(context), m_counter(context), m_tickets(context), m_appointments(context),
      m_supervision(context), m_desk(context), m_kiosk(context)
{
}

void RequestRouter::route(ClientConnection &c, const protocol::Envelope &e)
{
    const protocol::MessageSpec *spec = protocol::findRequest(e.type);
    if (!spec) {
        c.fail(e, {ErrorCode::UnknownType, QStringLiteral("unknown message type '%1'").arg(e.type)}, true);
        return;
    }
    if (!c.greeted() && spec->type != protocol::MessageType::Hello) {
        c.fail(e, {ErrorCode::NotAuthenticated, QStringLiteral("say hello first")}, true);
        return;
    }
    const Principal &p = c.principal();
    if (auto refused = protocol::authorize(*spec, p.authenticated() ? std::optional(p.roles) : std::nullopt)) {
        c.fail(e, *refused, true);
        return;
    }
    if (m_context.core.failed()) {
        c.fail(e, {ErrorCode::Unavailable, QStringLiteral("the server cannot store changes; it must restart")});
        return;
    }
    auto decodeError = protocol::dispatchRequest(spec->type, e.body, m_context.limits.message, [&](auto &&request) {
        using Request = std::decay_t<decltype(request)>;
        if constexpr (requires { m_session.handle(c, e, request); })
            m_session.handle(c, e, request);
        else if constexpr (requires { m_counter.handle(c, e, request); })
            m_counter.handle(c, e, request);
        else if constexpr (requires { m_tickets.handle(c, e, request); })
            m_tickets.handle(c, e, request);
        else if constexpr (requires { m_appointments.handle(c, e, request); })
            m_appointments.handle(c, e, request);
        else if constexpr (requires { m_supervision.handle(c, e, request); })
            m_supervision.handle(c, e, request);
        else if constexpr (requires { m_desk.handle(c, e, request); })
            m_desk.handle(c, e, request);
        else if constexpr (requires { m_kiosk.handle(c, e, request); })
            m_kiosk.handle(c, e, request);
        else
            static_assert(kNoHandler<Request>, "a request in the message table has no handler");
    });
    if (decodeError)
        c.fail(e, *decodeError, true);
}

} // namespace hallq::net
