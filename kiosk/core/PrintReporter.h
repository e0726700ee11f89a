#pragma once

#include "protocol/KioskMessages.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace hallq::client {
class HallSession;
}

namespace hallq::kiosk {

// Tells the server how each ticket reached its holder (ticket.print), and
// keeps telling it until the server has acknowledged: a report made while the
// server is unreachable waits in memory and goes out, in order, once the
// session is Ready again. Only a refusal by the server (e.g. an unknown
// ticket) drops a report, and that is logged.
class PrintReporter : public QObject
{
    Q_OBJECT
public:
    explicit PrintReporter(client::HallSession &session, QObject *parent = nullptr);

    void report(qint64 ticketId, bool printed, const QString &reason);
    int pending() const { return int(m_queue.size()); }
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

signals:
    void acknowledged(qint64 ticketId, const QString &outcome);
    void pendingChanged();

private:
    void sendNext();

    client::HallSession &m_session;
    QList<protocol::TicketPrintRequest> m_queue;
    bool m_inFlight = false;
    QTimer m_retry;
};

} // namespace hallq::kiosk
