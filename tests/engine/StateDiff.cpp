#include "StateDiff.h"

#include <algorithm>

namespace hallq::engine::test {

namespace {

template <class T>
bool differs(const T &a, const T &b)
{
    return !(a == b);
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

// One line a field: a new Ticket field that is not listed here goes unchecked,
// so keep this in step with Ticket.h.
#define HALLQ_FIELD(f)                                                                                               \
    if (differs(a.f, b.f))                                                                                           \
        return field(#f);

QString diffTicket(const Ticket &a, const Ticket &b)
{
    HALLQ_FIELD(id) HALLQ_FIELD(token) HALLQ_FIELD(serviceId) HALLQ_FIELD(businessDay) HALLQ_FIELD(sequence)
    HALLQ_FIELD(number) HALLQ_FIELD(ticketClass) HALLQ_FIELD(state) HALLQ_FIELD(issuedAt) HALLQ_FIELD(order)
    HALLQ_FIELD(issueOrder) HALLQ_FIELD(identityHash) HALLQ_FIELD(identityMasked) HALLQ_FIELD(issuedBy)
    HALLQ_FIELD(slotStart) HALLQ_FIELD(slotEnd) HALLQ_FIELD(helper) HALLQ_FIELD(targetWindow) HALLQ_FIELD(window)
    HALLQ_FIELD(firstWindow) HALLQ_FIELD(recallCount) HALLQ_FIELD(transferCount) HALLQ_FIELD(bypassCount)
    HALLQ_FIELD(calledAt) HALLQ_FIELD(servingAt) HALLQ_FIELD(finishedAt) HALLQ_FIELD(caseType) HALLQ_FIELD(outcome)
    HALLQ_FIELD(note)
    return {};
}

QString diffWindow(const WindowStatus &a, const WindowStatus &b)
{
    HALLQ_FIELD(number) HALLQ_FIELD(state) HALLQ_FIELD(staffId) HALLQ_FIELD(currentTicket) HALLQ_FIELD(pauseReason)
    HALLQ_FIELD(pauseNote) HALLQ_FIELD(since) HALLQ_FIELD(openedAt)
    return {};
}

#undef HALLQ_FIELD

QString diffState(const EngineState &a, const EngineState &b)
{
    if (a.tickets.size() != b.tickets.size())
        return QStringLiteral("ticket count %1 vs %2").arg(a.tickets.size()).arg(b.tickets.size());
    for (qsizetype i = 0; i < a.tickets.size(); ++i) {
        if (const QString d = diffTicket(a.tickets[i], b.tickets[i]); !d.isEmpty())
            return QStringLiteral("ticket #%1: %2").arg(a.tickets[i].id).arg(d);
    }
    if (a.windows.size() != b.windows.size())
        return QStringLiteral("window count");
    for (qsizetype i = 0; i < a.windows.size(); ++i) {
        if (const QString d = diffWindow(a.windows[i], b.windows[i]); !d.isEmpty())
            return QStringLiteral("window %1: %2").arg(a.windows[i].number).arg(d);
    }
    if (a.sequences.size() != b.sequences.size())
        return QStringLiteral("sequence count");
    for (qsizetype i = 0; i < a.sequences.size(); ++i) {
        const SequenceCounter &x = a.sequences[i], &y = b.sequences[i];
        if (x.serviceId != y.serviceId || x.businessDay != y.businessDay || x.last != y.last || x.issued != y.issued)
            return QStringLiteral("sequence %1 %2").arg(x.serviceId, x.businessDay.toString(Qt::ISODate));
    }
    if (a.lastTicketId != b.lastTicketId)
        return QStringLiteral("lastTicketId %1 vs %2").arg(a.lastTicketId).arg(b.lastTicketId);
    if (a.lastEventId != b.lastEventId)
        return QStringLiteral("lastEventId %1 vs %2").arg(a.lastEventId).arg(b.lastEventId);
    if (a.lastOrder != b.lastOrder)
        return QStringLiteral("lastOrder %1 vs %2").arg(a.lastOrder).arg(b.lastOrder);
    return {};
}

EngineState applyChanges(EngineState state, const ChangeSet &changes)
{
    for (const Ticket &t : changes.tickets) {
        auto it = std::find_if(state.tickets.begin(), state.tickets.end(), [&](const Ticket &x) { return x.id == t.id; });
        if (it != state.tickets.end())
            *it = t;
        else
            state.tickets.append(t);
        state.lastTicketId = std::max(state.lastTicketId, t.id);
        state.lastOrder = std::max(state.lastOrder, t.order);
    }
    for (const WindowStatus &w : changes.windows) {
        auto it = std::find_if(state.windows.begin(), state.windows.end(),
                               [&](const WindowStatus &x) { return x.number == w.number; });
        if (it != state.windows.end())
            *it = w;
        else
            state.windows.append(w);
    }
    for (const SequenceCounter &c : changes.sequences) {
        auto it = std::find_if(state.sequences.begin(), state.sequences.end(), [&](const SequenceCounter &x) {
            return x.serviceId == c.serviceId && x.businessDay == c.businessDay;
        });
        if (it != state.sequences.end())
            *it = c;
        else
            state.sequences.append(c);
    }
    if (!changes.events.isEmpty())
        state.lastEventId = changes.events.last().id;
    std::sort(state.tickets.begin(), state.tickets.end(), [](const Ticket &x, const Ticket &y) { return x.id < y.id; });
    std::sort(state.windows.begin(), state.windows.end(),
              [](const WindowStatus &x, const WindowStatus &y) { return x.number < y.number; });
    std::sort(state.sequences.begin(), state.sequences.end(), [](const SequenceCounter &x, const SequenceCounter &y) {
        return std::tie(x.serviceId, x.businessDay) < std::tie(y.serviceId, y.businessDay);
    });
    return state;
}

} // namespace hallq::engine::test
