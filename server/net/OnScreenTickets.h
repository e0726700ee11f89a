#pragma once

#include "net/AlertRules.h"
#include "storage/AlertRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hallq::engine {
class Engine;
}

namespace hallq::net {

// Tickets that a kiosk could not print (ticket.print with on_screen): the
// holder has the number only on the kiosk's screen or a photo of it. Each is a
// yellow "printer" alert (subject ticket:<id>) until the ticket is called,
// ends, or is reprinted — so a supervisor knows to look out for that citizen.
// Kept in memory, taken up again at start from the alerts still open.
class OnScreenTickets
{
public:
    struct Entry
    {
        qint64 ticketId = 0;
        QString number;
        QString serviceId;
        QString reason;   // wire::kPrintFailures
        QString deviceId;
    };

    void add(const Entry &entry);
    void remove(qint64 ticketId); // printed after all (a reprint)
    // The open "ticket:<id>" printer alerts, at server start.
    void seed(const QList<storage::AlertRecord> &openAlerts);
    // One condition per listed ticket still waiting; the others are forgotten.
    QList<AlertCondition> conditions(const engine::Engine &engine);
    int size() const { return int(m_entries.size()); }

    static QString subjectOf(qint64 ticketId);

private:
    QHash<qint64, Entry> m_entries;
};

} // namespace hallq::net
