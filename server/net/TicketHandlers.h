#pragma once

#include "engine/EngineError.h"
#include "engine/Operation.h"
#include "net/ClientConnection.h"
#include "net/ServerContext.h"
#include "protocol/MessageTable.h"

namespace hallq::net {

// Issuing tickets (kiosk, guide desk) and looking at / correcting them.
class TicketHandlers
{
public:
    explicit TicketHandlers(ServerContext &context) : m_context(context) {}

    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketIssueRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketGetRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::QueueListRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketCancelRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketReactivateRequest &r);

private:
    // Why this principal may not issue this class (nullopt: it may).
    std::optional<protocol::Error> classRefusal(const ClientConnection &c, const protocol::TicketIssueRequest &r) const;
    void answerTicket(ClientConnection &c, const protocol::Envelope &e, const engine::Result<engine::Operation> &r);

    ServerContext &m_context;
};

} // namespace hallq::net
