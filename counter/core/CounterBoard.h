#pragma once

#include "protocol/CounterMessages.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace hallq::client {
class HallSession;
}

namespace hallq::counter {

// What a counter reads besides its current ticket: the lists it works from
// (waiting, parked, no-shows), today's figures for its window and the history
// of the current ticket. Each is fetched from the server on demand, with
// bursts of refresh requests coalesced into one, and kept as last received
// (on screen through a lost connection).
class CounterBoard : public QObject
{
    Q_OBJECT
public:
    explicit CounterBoard(client::HallSession *session, QObject *parent = nullptr);

    void setWindow(int window) { m_window = window; }
    void clear();

    // Coalesced: several calls within a moment send one request.
    void refreshLists();
    void refreshFigures();
    // The history of `ticketId` (0 clears it).
    void fetchHistory(qint64 ticketId);

    const protocol::WindowTicketsReply &lists() const { return m_lists; }
    const std::optional<protocol::WindowFigures> &figures() const { return m_figures; }
    const QList<protocol::TicketHistoryEntry> &history() const { return m_history; }
    qint64 historyTicket() const { return m_historyTicket; }
    bool listsKnown() const { return m_listsKnown; }
    // A refresh of the lists is due or on its way.
    bool listsRefreshing() const { return m_listsTimer.isActive() || m_listsInFlight; }

signals:
    void listsChanged();
    void figuresChanged();
    void historyChanged();

private:
    void sendLists();
    void sendFigures();

    client::HallSession *m_session;
    int m_window = 0;
    QTimer m_listsTimer;
    QTimer m_figuresTimer;
    bool m_listsInFlight = false;
    bool m_listsAgain = false; // something changed while a request was out
    bool m_listsKnown = false;
    protocol::WindowTicketsReply m_lists;
    std::optional<protocol::WindowFigures> m_figures;
    QList<protocol::TicketHistoryEntry> m_history;
    qint64 m_historyTicket = 0;
};

} // namespace hallq::counter
