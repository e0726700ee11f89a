#pragma once

#include "net/ClientConnection.h"
#include "net/RatingBook.h"
#include "net/ServerContext.h"
#include "protocol/MessageTable.h"

#include <optional>

namespace hallq::net {

// What the counter client and its rating pad need beyond the queue commands:
// asking for and recording a rating (好差评, one per ticket, stored with the
// ticket, window, staff and service), the window's figures for today, the
// lists a counter works from, and a ticket's history from the journal.
class CounterDeskHandlers
{
public:
    explicit CounterDeskHandlers(ServerContext &context) : m_context(context), m_ratings(context.store) {}

    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::RatingInviteRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::RatingSubmitRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowFiguresRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowTicketsRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketHistoryRequest &r);

private:
    // unknown_window / window_not_open / forbidden unless `c`'s staff member
    // has `window` open.
    std::optional<protocol::Error> openedByCaller(const ClientConnection &c, int window) const;
    // The ticket `ticketId` as served at `window` today, or the error that says why not.
    std::optional<protocol::Error> servedAt(qint64 ticketId, int window) const;
    // Today's ratings are loaded; false (and `e` answered) when the store failed.
    bool ratingsReady(ClientConnection &c, const protocol::Envelope &e);

    ServerContext &m_context;
    RatingBook m_ratings;
};

} // namespace hallq::net
