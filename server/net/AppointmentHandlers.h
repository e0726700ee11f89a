#pragma once

#include "net/ClientConnection.h"
#include "net/ServerContext.h"
#include "protocol/MessageTable.h"

namespace hallq::net {

// appointment.lookup and appointment.checkin from the kiosk and the guide
// desk. Booking itself comes in over the HTTP API (AppointmentEndpoints).
class AppointmentHandlers
{
public:
    explicit AppointmentHandlers(ServerContext &context) : m_context(context) {}

    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AppointmentLookupRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AppointmentCheckinRequest &r);

private:
    ServerContext &m_context;
};

} // namespace hallq::net
