#pragma once

#include "engine/EngineError.h"
#include "engine/Operation.h"
#include "net/ClientConnection.h"
#include "net/ServerContext.h"
#include "protocol/MessageTable.h"

#include <optional>

namespace hallq::net {

// What window staff do at their counter: open/close/pause their window and
// call, recall, serve, finish, no-show, transfer, park and unpark tickets.
// Only the staff member logged in at a window may act on it.
class CounterHandlers
{
public:
    explicit CounterHandlers(ServerContext &context) : m_context(context) {}

    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowOpenRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowCloseRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowPauseRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowResumeRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::CallNextRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::CallTicketRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::CallRecallRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::ServeStartRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::ServeFinishRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketNoShowRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketTransferRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketParkRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketUnparkRequest &r);

private:
    // Forbidden/unknown_window error, or nullopt when `c` may act on `window`.
    std::optional<protocol::Error> ownership(const ClientConnection &c, int window) const;
    bool checkOwner(ClientConnection &c, const protocol::Envelope &e, int window);
    void answerWindow(ClientConnection &c, const protocol::Envelope &e, const engine::Result<engine::Operation> &r);
    void answerTicket(ClientConnection &c, const protocol::Envelope &e, const engine::Result<engine::Operation> &r);

    ServerContext &m_context;
};

} // namespace hallq::net
