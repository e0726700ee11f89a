#pragma once

#include "net/ClientConnection.h"
#include "net/ServerContext.h"
#include "protocol/MessageTable.h"

namespace hallq::net {

// What the 24-hour kiosk asks besides issuing: the hall's kiosk settings and
// service guides (kiosk.info), and how each ticket it issued reached its
// holder (ticket.print), journaled so an on-screen-only ticket is a fact.
class KioskHandlers
{
public:
    explicit KioskHandlers(ServerContext &context) : m_context(context) {}

    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::KioskInfoRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketPrintRequest &r);

private:
    ServerContext &m_context;
};

} // namespace hallq::net
