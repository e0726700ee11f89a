#pragma once

#include "net/AppointmentHandlers.h"
#include "net/ClientConnection.h"
#include "net/CounterDeskHandlers.h"
#include "net/CounterHandlers.h"
#include "net/KioskHandlers.h"
#include "net/ServerContext.h"
#include "net/SessionHandlers.h"
#include "net/SupervisionHandlers.h"
#include "net/TicketHandlers.h"

namespace hallq::net {

// Turns a well-formed request into a call of its handler: the message table
// says whether the type exists, whether the sender's roles allow it and how
// to decode its body; overload resolution picks the handler, and a request
// type without one does not compile.
class RequestRouter
{
public:
    explicit RequestRouter(ServerContext &context);

    void route(ClientConnection &c, const protocol::Envelope &e);
    void forget(ClientConnection &c) { m_session.forget(c); }

private:
    ServerContext &m_context;
    SessionHandlers m_session;
    CounterHandlers m_counter;
    TicketHandlers m_tickets;
    AppointmentHandlers m_appointments;
    SupervisionHandlers m_supervision;
    CounterDeskHandlers m_desk;
    KioskHandlers m_kiosk;
};

} // namespace hallq::net
