#pragma once

#include "engine/Ticket.h"

#include <QHash>
#include <QList>
#include <QString>
#include <map>
#include <set>

namespace hallq::engine {

// Every ticket the engine holds, with the lookups the rules need kept in step
// on each put(): by token, waiting by service, waiting by target window and by
// identity. Node-based storage keeps `const Ticket *` stable until the ticket
// is replaced by put() or the index is cleared.
class TicketIndex
{
public:
    // Running figures of one service on one business day, kept in step by
    // put() so the queries behind every queue event cost O(1), not O(tickets).
    struct DayFigures
    {
        int waiting = 0;
        int finished = 0;
        int timed = 0;          // finished with both servingAt and finishedAt
        qint64 handlingMs = 0;  // sum over the timed ones
        // What the wait estimator learns from (added for it): tickets of the
        // day by class whatever their state (arrivals), and how long a called
        // ticket held its window until it finished or was marked a no-show.
        int issuedByClass[4] = {0, 0, 0, 0}; // index: int(TicketClass)
        int left = 0;                        // finished or no-show after a call
        qint64 occupiedMs = 0;               // sum of calledAt -> finishedAt over them
        qint64 occupiedSquaredS = 0;         // sum of its square, in whole seconds²
    };

    void clear();
    // Inserts or replaces the row with t.id, reindexing it.
    void put(const Ticket &t);

    const Ticket *find(qint64 id) const;
    const Ticket *findByToken(QStringView token) const;
    // Waiting tickets of a service, targeted ones included, by id.
    QList<const Ticket *> waitingInService(const QString &serviceId) const;
    // Waiting tickets transferred to one window, by id.
    QList<const Ticket *> waitingTargetedAt(int window) const;
    QList<const Ticket *> withIdentity(const QString &identityHash) const;
    const std::map<qint64, Ticket> &all() const { return m_tickets; }
    DayFigures figures(const QString &serviceId, const QDate &day) const;
    // Forgets a ticket (evicting finished days from memory; storage keeps them).
    void remove(qint64 id);

private:
    void index(const Ticket &t);
    void unindex(const Ticket &t);
    void count(const Ticket &t, int sign);
    QList<const Ticket *> resolve(const std::set<qint64> *ids) const;

    std::map<qint64, Ticket> m_tickets;
    QHash<QString, qint64> m_byToken;
    QHash<QString, std::set<qint64>> m_waitingByService;
    QHash<int, std::set<qint64>> m_waitingByTarget;
    QHash<QString, std::set<qint64>> m_byIdentity;
    std::map<std::pair<QString, qint64>, DayFigures> m_figures; // (service, julian day)
};

} // namespace hallq::engine
