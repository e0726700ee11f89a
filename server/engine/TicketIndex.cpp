#include "engine/TicketIndex.h"

namespace hallq::engine {

void TicketIndex::clear()
{
    m_tickets.clear();
    m_byToken.clear();
    m_waitingByService.clear();
    m_waitingByTarget.clear();
    m_byIdentity.clear();
    m_figures.clear();
}

TicketIndex::DayFigures TicketIndex::figures(const QString &serviceId, const QDate &day) const
{
    const auto it = m_figures.find({serviceId, day.toJulianDay()});
    return it == m_figures.end() ? DayFigures{} : it->second;
}

void TicketIndex::remove(qint64 id)
{
    const auto it = m_tickets.find(id);
    if (it == m_tickets.end())
        return;
    unindex(it->second);
    m_tickets.erase(it);
}

void TicketIndex::put(const Ticket &t)
{
    auto it = m_tickets.find(t.id);
    if (it == m_tickets.end()) {
        it = m_tickets.emplace(t.id, t).first;
    } else {
        unindex(it->second);
        it->second = t;
    }
    index(it->second);
}

const Ticket *TicketIndex::find(qint64 id) const
{
    const auto it = m_tickets.find(id);
    return it == m_tickets.end() ? nullptr : &it->second;
}

const Ticket *TicketIndex::findByToken(QStringView token) const
{
    const auto it = m_byToken.constFind(token.toString());
    return it == m_byToken.constEnd() ? nullptr : find(*it);
}

QList<const Ticket *> TicketIndex::waitingInService(const QString &serviceId) const
{
    const auto it = m_waitingByService.constFind(serviceId);
    return resolve(it == m_waitingByService.constEnd() ? nullptr : &*it);
}

QList<const Ticket *> TicketIndex::waitingTargetedAt(int window) const
{
    const auto it = m_waitingByTarget.constFind(window);
    return resolve(it == m_waitingByTarget.constEnd() ? nullptr : &*it);
}

QList<const Ticket *> TicketIndex::withIdentity(const QString &identityHash) const
{
    const auto it = m_byIdentity.constFind(identityHash);
    return resolve(it == m_byIdentity.constEnd() ? nullptr : &*it);
}

void TicketIndex::count(const Ticket &t, int sign)
{
    DayFigures &f = m_figures[{t.serviceId, t.businessDay.toJulianDay()}];
    if (t.state == TicketState::Waiting)
        f.waiting += sign;
    if (t.state == TicketState::Finished) {
        f.finished += sign;
        if (t.servingAt.isValid() && t.finishedAt.isValid()) {
            f.timed += sign;
            f.handlingMs += sign * t.servingAt.msecsTo(t.finishedAt);
        }
    }
    f.issuedByClass[int(t.ticketClass)] += sign;
    if ((t.state == TicketState::Finished || t.state == TicketState::NoShow) && t.calledAt.isValid() &&
        t.finishedAt.isValid()) {
        const qint64 ms = t.calledAt.msecsTo(t.finishedAt);
        f.left += sign;
        f.occupiedMs += sign * ms;
        f.occupiedSquaredS += sign * (ms / 1000) * (ms / 1000);
    }
}

void TicketIndex::index(const Ticket &t)
{
    count(t, +1);
    if (!t.token.isEmpty())
        m_byToken.insert(t.token, t.id);
    if (!t.identityHash.isEmpty())
        m_byIdentity[t.identityHash].insert(t.id);
    if (t.state == TicketState::Waiting) {
        m_waitingByService[t.serviceId].insert(t.id);
        if (t.targetWindow != 0)
            m_waitingByTarget[t.targetWindow].insert(t.id);
    }
}

void TicketIndex::unindex(const Ticket &t)
{
    count(t, -1);
    if (!t.token.isEmpty())
        m_byToken.remove(t.token);
    if (!t.identityHash.isEmpty())
        m_byIdentity[t.identityHash].erase(t.id);
    if (t.state == TicketState::Waiting) {
        m_waitingByService[t.serviceId].erase(t.id);
        if (t.targetWindow != 0)
            m_waitingByTarget[t.targetWindow].erase(t.id);
    }
}

QList<const Ticket *> TicketIndex::resolve(const std::set<qint64> *ids) const
{
    QList<const Ticket *> result;
    if (!ids)
        return result;
    result.reserve(qsizetype(ids->size()));
    for (qint64 id : *ids)
        result.append(find(id));
    return result;
}

} // namespace hallq::engine
