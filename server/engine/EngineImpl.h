#pragma once

#include "engine/Arbiter.h"
#include "engine/Engine.h"
#include "engine/Mutation.h"
#include "engine/TicketIndex.h"
#include "engine/TicketNumbering.h"

#include <QJsonObject>
#include <map>

namespace hallq::engine {

// Engine's live state and the checks its operations share. Internal: only
// Engine*.cpp include it.
struct Engine::Impl
{
    Impl(const HallConfig &config, const Clock &clock, const WorkingCalendar &calendar);

    const HallConfig &config;
    const Clock &clock;
    const WorkingCalendar &calendar;
    TicketIndex tickets;
    TicketNumbering numbering;
    Arbiter arbiter;
    std::map<int, WindowStatus> windows; // one row per configured window
    // Which windows serve each service: fixed by the configuration, looked up
    // on every queue figure instead of walking every window's profile.
    QHash<QString, QList<int>> windowsServing;
    qint64 lastTicketId = 0;
    qint64 lastEventId = 0;
    qint64 lastOrder = 0;
    quint64 revision = 0; // see Engine::revision()

    QDate today() const { return calendar.businessDay(clock.now()); }
    Mutation mutate(const QString &actor);
    void resetWindows();

    // ---- checks: a value, or the error the operation returns --------------
    Result<WindowStatus> knownWindow(int number) const;
    // Known and not closed (a paused window counts as open).
    Result<WindowStatus> openedWindow(int number) const;
    // Open and not paused.
    Result<WindowStatus> activeWindow(int number) const;
    // Active with no current ticket.
    Result<WindowStatus> idleWindow(int number) const;
    // Active with a current ticket, which is returned alongside.
    Result<std::pair<WindowStatus, Ticket>> busyWindow(int number) const;
    Result<Ticket> knownTicket(qint64 id) const;
    // Known, in `state`, and of today's business day: a ticket of an earlier
    // day cannot come back into a queue.
    Result<Ticket> todaysTicketIn(qint64 id, TicketState state) const;

    QList<const Ticket *> candidates(int window) const;
    // The order a ticket gets when it (re)joins its queue at `placement`.
    qint64 placeOrder(const Ticket &t, Placement placement);

    // ---- transitions shared by several operations ---------------------------
    // The window calls t: every other ticket it could have called is passed over once.
    Operation call(Mutation &m, WindowStatus w, Ticket t, EventType type, const QString &reason);
    // The window's current ticket leaves it; the window becomes idle.
    void release(Mutation &m, WindowStatus w);
    // The window enters `state` now; the pause reason and note survive only into Paused.
    Operation moveWindow(Mutation &m, WindowStatus w, WindowState state, EventType type, QJsonObject detail);
    Operation markNoShow(Mutation &m, WindowStatus w, Ticket t, const QString &reason);
};

EngineError fail(ErrorCode code, const QString &message);
// "A001 (#17)": the number people see and the id that is unique.
QString describe(const Ticket &t);

} // namespace hallq::engine
