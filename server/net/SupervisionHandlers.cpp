#include "net/SupervisionHandlers.h"

#include "net/AlertMonitor.h"
#include "net/HallCore.h"
#include "net/Respond.h"
#include "net/SupervisionStats.h"

using namespace Qt::StringLiterals;

namespace hallq::net {

using protocol::ErrorCode;

AlertMonitor *SupervisionHandlers::monitor(ClientConnection &c, const protocol::Envelope &e)
{
    if (!m_context.alerts)
        respondError(m_context.core, c, e, {ErrorCode::Unavailable, u"this server runs no alert monitor"_s});
    return m_context.alerts;
}

void SupervisionHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::DeviceStatusRequest &r)
{
    if (auto *alerts = monitor(c, e)) {
        const Principal &p = c.principal();
        respondWhenDurable(m_context.core, c, e, alerts->reportDevice(p.id, p.name, r));
    }
}

void SupervisionHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AlertListRequest &r)
{
    auto *alerts = monitor(c, e);
    if (!alerts)
        return;
    auto listed = alerts->list(r);
    if (auto *error = std::get_if<protocol::Error>(&listed))
        return respondError(m_context.core, c, e, *error);
    respondWhenDurable(m_context.core, c, e, protocol::AlertListReply{std::get<0>(std::move(listed))});
}

void SupervisionHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AlertAckRequest &r)
{
    auto *alerts = monitor(c, e);
    if (!alerts)
        return;
    auto acked = alerts->acknowledge(r.alertId, c.principal().id, r.note);
    if (auto *error = std::get_if<protocol::Error>(&acked))
        return respondError(m_context.core, c, e, *error);
    respondWhenDurable(m_context.core, c, e, protocol::AlertReply{std::get<0>(std::move(acked))});
}

void SupervisionHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::StatsGetRequest &r)
{
    const engine::Engine &engine = m_context.core.engine();
    if (r.serviceId && !engine.config().service(*r.serviceId)) {
        respondError(m_context.core, c, e, {ErrorCode::UnknownService, u"there is no service %1"_s.arg(*r.serviceId)});
        return;
    }
    respondWhenDurable(m_context.core, c, e, SupervisionStats(engine).compute(r, engine.clock().now()));
}

} // namespace hallq::net
