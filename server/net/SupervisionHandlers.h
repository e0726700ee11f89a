#pragma once

#include "net/ClientConnection.h"
#include "net/ServerContext.h"
#include "protocol/MessageTable.h"

namespace hallq::net {

// device.status (kiosks), alert.list / alert.ack and stats.get (supervisors).
class SupervisionHandlers
{
public:
    explicit SupervisionHandlers(ServerContext &context) : m_context(context) {}

    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::DeviceStatusRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AlertListRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AlertAckRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::StatsGetRequest &r);

private:
    // The monitor, or an `unavailable` answer when this server runs without one.
    AlertMonitor *monitor(ClientConnection &c, const protocol::Envelope &e);

    ServerContext &m_context;
};

} // namespace hallq::net
