#include "net/SupervisionStats.h"

#include <QTimeZone>

#include <algorithm>

namespace hallq::net {

namespace {

// Waiting at `at`: issued by then and neither called nor ended by then.
bool waitingAt(const engine::Ticket &t, const QDateTime &at)
{
    if (!t.issuedAt.isValid() || t.issuedAt > at)
        return false;
    if (t.calledAt.isValid() && t.calledAt <= at)
        return false;
    return !(t.finishedAt.isValid() && t.finishedAt <= at);
}

int averageWaitUpTo(const QList<const engine::Ticket *> &called, const QDateTime &at)
{
    qint64 total = 0;
    int count = 0;
    for (const engine::Ticket *t : called) {
        if (t->calledAt > at)
            continue;
        total += std::max<qint64>(0, t->issuedAt.secsTo(t->calledAt));
        ++count;
    }
    return count ? int(total / count) : -1;
}

} // namespace

protocol::StatsReply SupervisionStats::compute(const protocol::StatsGetRequest &request, const QDateTime &now) const
{
    const QDate day = m_engine.currentBusinessDay();
    QList<engine::Ticket> today = m_engine.state().tickets;
    today.removeIf([&](const engine::Ticket &t) { return t.businessDay != day; });

    protocol::StatsReply reply;
    reply.generatedAt = now;
    reply.intervalMinutes = request.intervalMinutes;
    for (const auto &service : m_engine.config().services) {
        if (request.serviceId && *request.serviceId != service.id)
            continue;
        reply.services.append(this->service(service.id, today, now, request.intervalMinutes));
    }
    return reply;
}

protocol::ServiceStats SupervisionStats::service(const QString &serviceId, const QList<engine::Ticket> &today,
                                                 const QDateTime &now, int intervalMinutes) const
{
    protocol::ServiceStats s;
    s.serviceId = serviceId;
    QList<const engine::Ticket *> mine;
    QList<const engine::Ticket *> called;
    for (const auto &t : today) {
        if (t.serviceId != serviceId)
            continue;
        mine.append(&t);
        if (t.calledAt.isValid())
            called.append(&t);
    }
    const QList<engine::Ticket> waiting = m_engine.waitingTickets(serviceId);
    s.waiting = int(waiting.size());
    for (const auto &t : waiting) {
        const int wait = int(std::max<qint64>(0, t.issuedAt.secsTo(now)));
        if (s.longestWaitTicket.isEmpty() || wait > s.longestWaitSeconds) {
            s.longestWaitSeconds = wait;
            s.longestWaitTicket = t.number;
        }
    }
    s.averageWaitSeconds = averageWaitUpTo(called, now);
    s.estimatedWaitSeconds = m_engine.estimateNewTicket(serviceId);
    s.calledToday = int(called.size());
    s.servedToday = m_engine.servedToday(serviceId);

    if (mine.isEmpty())
        return s;
    const qint64 step = qint64(intervalMinutes) * 60 * 1000;
    QDateTime first = (*std::min_element(mine.cbegin(), mine.cend(), [](auto *a, auto *b) {
                          return a->issuedAt < b->issuedAt;
                      }))->issuedAt;
    // Points on whole intervals (10:00, 10:15, ...), then one at `now`.
    QDateTime at = QDateTime::fromMSecsSinceEpoch(first.toMSecsSinceEpoch() / step * step, QTimeZone::utc());
    for (; at < now; at = at.addMSecs(step)) {
        const int count = int(std::count_if(mine.cbegin(), mine.cend(), [&](auto *t) { return waitingAt(*t, at); }));
        s.series.append({at, count, averageWaitUpTo(called, at)});
    }
    s.series.append({now, s.waiting, s.averageWaitSeconds});
    return s;
}

} // namespace hallq::net
