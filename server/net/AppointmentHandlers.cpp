#include "net/AppointmentHandlers.h"

#include "net/Respond.h"

namespace hallq::net {

namespace {
protocol::Error notEnabled()
{
    return {protocol::ErrorCode::Unavailable, QStringLiteral("本大厅未开通预约 (appointments are not enabled in this hall)")};
}
} // namespace

void AppointmentHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::AppointmentLookupRequest &)
{
    respondError(m_context.core, c, e, notEnabled());
}

void AppointmentHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::AppointmentCheckinRequest &)
{
    respondError(m_context.core, c, e, notEnabled());
}

} // namespace hallq::net
