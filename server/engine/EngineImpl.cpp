#include "engine/EngineImpl.h"

#include "engine/EngineLog.h"

#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace hallq::engine {

EngineError fail(ErrorCode code, const QString &message)
{
    qCDebug(lcEngine).noquote() << "rejected:" << toString(code) << message;
    return EngineError{code, message};
}

QString describe(const Ticket &t)
{
    return u"%1 (#%2)"_s.arg(t.number, QString::number(t.id));
}

Engine::Impl::Impl(const HallConfig &config, const Clock &clock, const WorkingCalendar &calendar)
    : config(config)
    , clock(clock)
    , calendar(calendar)
    , arbiter(config.rules)
{
    for (const WindowConfig &w : config.windows)
        for (const WorkProfileEntry &entry : w.profile)
            windowsServing[entry.serviceId].append(w.number);
    resetWindows();
}

Mutation Engine::Impl::mutate(const QString &actor)
{
    ++revision; // every operation that gets this far changes the state
    return Mutation(tickets, windows, numbering, lastEventId, clock.now(), actor);
}

void Engine::Impl::resetWindows()
{
    windows.clear();
    for (const WindowConfig &w : config.windows) {
        WindowStatus status;
        status.number = w.number;
        windows[w.number] = status;
    }
}

Result<WindowStatus> Engine::Impl::knownWindow(int number) const
{
    const auto it = windows.find(number);
    if (it == windows.end())
        return fail(ErrorCode::UnknownWindow, u"there is no window %1"_s.arg(number));
    return it->second;
}

Result<WindowStatus> Engine::Impl::openedWindow(int number) const
{
    auto w = knownWindow(number);
    if (!w)
        return w;
    if (w.value().state == WindowState::Closed)
        return fail(ErrorCode::WindowNotOpen, u"window %1 is not open"_s.arg(number));
    return w;
}

Result<WindowStatus> Engine::Impl::activeWindow(int number) const
{
    auto w = openedWindow(number);
    if (!w)
        return w;
    if (w.value().state == WindowState::Paused)
        return fail(ErrorCode::WindowPaused, u"window %1 is paused"_s.arg(number));
    return w;
}

Result<WindowStatus> Engine::Impl::idleWindow(int number) const
{
    auto w = activeWindow(number);
    if (!w)
        return w;
    if (w.value().currentTicket != 0) {
        const Ticket *t = tickets.find(w.value().currentTicket);
        return fail(ErrorCode::WindowBusy, u"window %1 still has ticket %2"_s.arg(
                                               QString::number(number), t ? describe(*t) : QString()));
    }
    return w;
}

Result<std::pair<WindowStatus, Ticket>> Engine::Impl::busyWindow(int number) const
{
    auto w = activeWindow(number);
    if (!w)
        return w.error();
    const Ticket *t = tickets.find(w.value().currentTicket);
    if (!t)
        return fail(ErrorCode::WindowIdle, u"window %1 has no current ticket"_s.arg(number));
    return std::pair{w.value(), *t};
}

Result<Ticket> Engine::Impl::knownTicket(qint64 id) const
{
    const Ticket *t = tickets.find(id);
    if (!t)
        return fail(ErrorCode::UnknownTicket, u"there is no ticket #%1"_s.arg(id));
    return *t;
}

Result<Ticket> Engine::Impl::todaysTicketIn(qint64 id, TicketState state) const
{
    auto t = knownTicket(id);
    if (!t)
        return t;
    if (t.value().state != state)
        return fail(ErrorCode::WrongState, u"ticket %1 is %2, not %3"_s.arg(describe(t.value()),
                                                                           toString(t.value().state), toString(state)));
    if (t.value().businessDay != today())
        return fail(ErrorCode::WrongState, u"ticket %1 belongs to the earlier business day %2"_s.arg(
                                               describe(t.value()), t.value().businessDay.toString(Qt::ISODate)));
    return t;
}

QList<const Ticket *> Engine::Impl::candidates(int window) const
{
    const WindowConfig *cfg = config.window(window);
    return cfg ? Arbiter::candidates(*cfg, tickets, today()) : QList<const Ticket *>{};
}

qint64 Engine::Impl::placeOrder(const Ticket &t, Placement placement)
{
    switch (placement) {
    case Placement::ByIssueTime:
        return t.issueOrder;
    case Placement::Front: {
        // Ahead of everyone in the queue it joins: its service's queue, or
        // the queue of the window it was transferred to.
        const QList<const Ticket *> queue = t.targetWindow != 0 ? tickets.waitingTargetedAt(t.targetWindow)
                                                                : tickets.waitingInService(t.serviceId);
        const QDate day = today();
        std::optional<qint64> lowest;
        for (const Ticket *other : queue) {
            if (other->id != t.id && other->businessDay == day)
                lowest = std::min(lowest.value_or(other->order), other->order);
        }
        if (lowest)
            return *lowest - 1;
        break; // an empty queue: the end is the front
    }
    case Placement::End:
        break;
    }
    return ++lastOrder;
}

Operation Engine::Impl::call(Mutation &m, WindowStatus w, Ticket t, EventType type, const QString &reason)
{
    // Aging: every other ticket this window could have called was passed over.
    // Persisted, so the bound survives a restart.
    for (const Ticket *other : candidates(w.number)) {
        if (other->id == t.id)
            continue;
        Ticket passed = *other;
        ++passed.bypassCount;
        m.put(passed);
    }
    t.state = TicketState::Called;
    t.window = w.number;
    if (t.firstWindow == 0)
        t.firstWindow = w.number; // 首问负责制: set once, never moved
    t.calledAt = m.at();
    t.recallCount = 0;
    m.put(t);

    w.state = WindowState::Calling;
    w.currentTicket = t.id;
    w.since = m.at();
    m.put(w);
    m.record(type, w.number, t.id,
             {{u"number"_s, t.number}, {u"service"_s, t.serviceId}, {u"reason"_s, reason},
              {u"bypassCount"_s, t.bypassCount}});
    qCDebug(lcEngine).noquote() << "window" << w.number << "calls" << describe(t) << "as" << reason;
    return m.finish(t, w);
}

void Engine::Impl::release(Mutation &m, WindowStatus w)
{
    w.state = WindowState::Idle;
    w.currentTicket = 0;
    w.since = m.at();
    m.put(w);
}

Operation Engine::Impl::moveWindow(Mutation &m, WindowStatus w, WindowState state, EventType type,
                                    QJsonObject detail)
{
    w.state = state;
    w.since = m.at();
    if (state != WindowState::Paused) {
        w.pauseReason = PauseReason::Other;
        w.pauseNote.clear();
    }
    m.put(w);
    m.record(type, w.number, 0, std::move(detail));
    return m.finish({}, w);
}

Operation Engine::Impl::markNoShow(Mutation &m, WindowStatus w, Ticket t, const QString &reason)
{
    t.state = TicketState::NoShow;
    t.finishedAt = m.at();
    m.put(t);
    release(m, w);
    m.record(EventType::NoShow, w.number, t.id,
             {{u"number"_s, t.number}, {u"reason"_s, reason}, {u"recallCount"_s, t.recallCount}});
    return m.finish(t, windows.at(w.number));
}

} // namespace hallq::engine
