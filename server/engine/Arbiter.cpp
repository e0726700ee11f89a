#include "engine/Arbiter.h"

#include <QSet>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace hallq::engine {

namespace {

bool inProfile(const WindowConfig &window, const QString &serviceId)
{
    return std::any_of(window.profile.cbegin(), window.profile.cend(),
                       [&](const WorkProfileEntry &e) { return e.serviceId == serviceId; });
}

} // namespace

bool Arbiter::mayCall(const WindowConfig &window, const Ticket &t)
{
    if (t.targetWindow != 0)
        return t.targetWindow == window.number;
    return inProfile(window, t.serviceId);
}

QList<const Ticket *> Arbiter::candidates(const WindowConfig &window, const TicketIndex &index, const QDate &businessDay)
{
    QList<const Ticket *> result;
    const auto take = [&](const Ticket *t) {
        // Tickets left over from an earlier day are never called: closeEarlierDays cancels them.
        if (t->businessDay == businessDay && mayCall(window, *t))
            result.append(t);
    };
    QSet<QString> seen;
    for (const WorkProfileEntry &e : window.profile) {
        if (seen.contains(e.serviceId))
            continue;
        seen.insert(e.serviceId);
        for (const Ticket *t : index.waitingInService(e.serviceId)) {
            if (t->targetWindow == 0)
                take(t);
        }
    }
    for (const Ticket *t : index.waitingTargetedAt(window.number))
        take(t);
    return result;
}

Arbiter::Tier Arbiter::tier(const Ticket &t, int window, const QDateTime &now) const
{
    if (t.bypassCount >= m_rules.agingLimit)
        return Tier::Due;
    if (t.ticketClass == TicketClass::Green)
        return Tier::Green;
    if (window != 0 && t.targetWindow == window)
        return Tier::Targeted;
    if (t.ticketClass == TicketClass::Appointment && t.slotStart.isValid() && t.slotStart <= now)
        return Tier::Appointment;
    return Tier::Queue;
}

bool Arbiter::before(const Ticket &a, const Ticket &b, int window, const QDateTime &now) const
{
    const auto key = [&](const Ticket &t) {
        const Tier k = tier(t, window, now);
        switch (k) {
        case Tier::Due: return std::make_tuple(k, t.issueOrder, qint64(0), t.id);
        case Tier::Appointment: return std::make_tuple(k, t.slotStart.toMSecsSinceEpoch(), t.order, t.id);
        case Tier::Green:
        case Tier::Targeted:
        case Tier::Queue: break;
        }
        return std::make_tuple(k, t.order, qint64(0), t.id);
    };
    return key(a) < key(b);
}

void Arbiter::sort(QList<const Ticket *> &tickets, int window, const QDateTime &now) const
{
    std::sort(tickets.begin(), tickets.end(),
              [&](const Ticket *a, const Ticket *b) { return before(*a, *b, window, now); });
}

Arbiter::Pick Arbiter::pick(const WindowConfig &window, QList<const Ticket *> candidates, const QDateTime &now)
{
    if (candidates.isEmpty())
        return {};
    sort(candidates, window.number, now);
    const Tier first = tier(*candidates.first(), window.number, now);
    if (first != Tier::Queue)
        return {candidates.first(), first};

    // Sorted by tier: everything left is plain queue. Share the call between
    // the profile's services by weight, FIFO within the chosen one.
    QSet<QString> eligible;
    for (const Ticket *t : std::as_const(candidates))
        eligible.insert(t->serviceId);
    const QString service = m_rotation[window.number].pick(window.profile, eligible);
    for (const Ticket *t : std::as_const(candidates)) {
        if (t->serviceId == service)
            return {t, Tier::Queue};
    }
    return {candidates.first(), Tier::Queue}; // unreachable: the rotation picks an eligible service
}

QString Arbiter::name(Tier tier)
{
    switch (tier) {
    case Tier::Due: return u"due"_s;
    case Tier::Green: return u"green"_s;
    case Tier::Targeted: return u"targeted"_s;
    case Tier::Appointment: return u"appointment"_s;
    case Tier::Queue: return u"queue"_s;
    }
    return {};
}

} // namespace hallq::engine
