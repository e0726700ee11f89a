// Engine: the mutating operations. Each one checks everything first and
// returns an EngineError without touching the state, or opens a Mutation and
// applies the change (see EngineImpl.h for the shared checks/transitions).
#include "engine/Engine.h"

#include "engine/EngineImpl.h"
#include "engine/EngineLog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hallq::engine {

namespace {

std::optional<EngineError> checkClass(const ServiceConfig &service, const IssueCommand &cmd)
{
    switch (cmd.ticketClass) {
    case TicketClass::Green:
        if (!service.greenChannel)
            return fail(ErrorCode::ClassNotAccepted, u"%1 has no green channel"_s.arg(service.id));
        break;
    case TicketClass::Appointment:
        if (!service.appointments)
            return fail(ErrorCode::ClassNotAccepted, u"%1 takes no appointments"_s.arg(service.id));
        if (!cmd.slotStart.isValid())
            return fail(ErrorCode::InvalidArgument, u"an appointment needs its slot start"_s);
        break;
    case TicketClass::Normal:
    case TicketClass::Assisted:
        break;
    }
    return std::nullopt;
}

bool isUnfinished(TicketState s)
{
    return s == TicketState::Waiting || s == TicketState::Called || s == TicketState::Serving ||
           s == TicketState::Parked;
}

} // namespace

Result<Operation> Engine::issue(const IssueCommand &cmd)
{
    const QDateTime now = m_clock.now();
    const ServiceConfig *service = m_config.service(cmd.serviceId);
    if (!service)
        return fail(ErrorCode::UnknownService, u"there is no service '%1'"_s.arg(cmd.serviceId));
    if (auto e = checkClass(*service, cmd))
        return *e;
    if (cmd.token.isEmpty())
        return fail(ErrorCode::InvalidArgument, u"a ticket needs a status-page token"_s);
    if (d->tickets.findByToken(cmd.token))
        return fail(ErrorCode::InvalidArgument, u"that status-page token is already in use"_s);
    if (!cmd.ignoreHours && !service->issueOutsideHours) {
        const auto open = m_calendar.availability(*service, now);
        if (!open.open) {
            const QString next = open.nextOpen.isValid()
                                     ? m_calendar.toLocal(open.nextOpen).toString(u"yyyy-MM-dd HH:mm"_s)
                                     : u"not within a year"_s;
            return fail(ErrorCode::OutsideHours,
                        u"%1 is closed now; it opens next at %2 (%3)"_s.arg(
                            service->id, next, QString::fromUtf8(m_config.calendar.timeZone.id())));
        }
    }
    const QDate day = m_calendar.businessDay(now);
    if (service->realName) {
        if (cmd.identityHash.isEmpty())
            return fail(ErrorCode::RealNameRequired, u"%1 issues real-name tickets only"_s.arg(service->id));
        QStringList held;
        for (const Ticket *t : d->tickets.withIdentity(cmd.identityHash)) {
            if (t->serviceId == service->id && t->businessDay == day && isUnfinished(t->state))
                held.append(t->number);
        }
        if (held.size() >= service->realNameLimit)
            return fail(ErrorCode::RealNameLimit, u"this identity already holds %1 for %2 today"_s.arg(
                                                      held.join(u", "_s), service->id));
    }
    auto counter = d->numbering.next(*service, day);
    if (!counter)
        return fail(counter.error().code, counter.error().message);

    Mutation m = d->mutate(cmd.actor);
    Ticket t;
    t.id = ++d->lastTicketId;
    t.token = cmd.token;
    t.serviceId = service->id;
    t.businessDay = day;
    t.sequence = counter.value().last;
    t.number = TicketNumbering::format(*service, t.sequence);
    t.ticketClass = cmd.ticketClass;
    t.issuedAt = now;
    t.order = t.issueOrder = ++d->lastOrder;
    t.identityHash = cmd.identityHash;
    t.identityMasked = cmd.identityMasked;
    t.nameMasked = cmd.nameMasked;
    t.issuedBy = cmd.actor;
    t.slotStart = cmd.slotStart;
    t.slotEnd = cmd.slotEnd;
    t.helper = cmd.helper;
    m.put(counter.value());
    m.put(t);
    m.record(EventType::Issued, 0, t.id,
             {{u"number"_s, t.number}, {u"service"_s, t.serviceId}, {u"class"_s, toString(t.ticketClass)},
              {u"businessDay"_s, day.toString(Qt::ISODate)}});
    qCDebug(lcEngine).noquote() << "issued" << describe(t) << "for" << t.serviceId;
    return m.finish(t, {});
}

Result<Operation> Engine::openWindow(int window, const QString &staffId)
{
    auto w = d->knownWindow(window);
    if (!w)
        return w.error();
    if (staffId.isEmpty())
        return fail(ErrorCode::InvalidArgument, u"window %1 must be opened by a staff member"_s.arg(window));
    WindowStatus status = w.value();
    if (status.state != WindowState::Closed) {
        // The same person logging in again (counter restarted): nothing changes.
        if (status.staffId == staffId)
            return Operation{{}, status, {}};
        return fail(ErrorCode::WrongState, u"window %1 is already open for %2"_s.arg(
                                               QString::number(window), status.staffId));
    }
    for (const WindowStatus &other : windows()) {
        if (other.state != WindowState::Closed && other.staffId == staffId)
            return fail(ErrorCode::StaffAlreadyOpen, u"%1 already has window %2 open"_s.arg(
                                                         staffId, QString::number(other.number)));
    }
    Mutation m = d->mutate(staffId);
    status.staffId = staffId;
    status.openedAt = m.at();
    return d->moveWindow(m, status, WindowState::Idle, EventType::WindowOpened, {{u"staffId"_s, staffId}});
}

Result<Operation> Engine::closeWindow(int window, const QString &actor)
{
    auto w = d->openedWindow(window);
    if (!w)
        return w.error();
    WindowStatus status = w.value();
    if (status.currentTicket != 0)
        return fail(ErrorCode::WindowBusy, u"window %1 must finish, park or transfer its ticket first"_s.arg(window));
    Mutation m = d->mutate(actor);
    const QJsonObject detail{{u"staffId"_s, status.staffId},
                             {u"openSeconds"_s, status.openedAt.isValid() ? status.openedAt.secsTo(m.at()) : 0}};
    status.staffId.clear();
    return d->moveWindow(m, status, WindowState::Closed, EventType::WindowClosed, detail);
}

Result<Operation> Engine::pauseWindow(int window, PauseReason reason, const QString &note, const QString &actor)
{
    auto w = d->idleWindow(window);
    if (!w)
        return w.error();
    Mutation m = d->mutate(actor);
    WindowStatus status = w.value();
    status.pauseReason = reason;
    status.pauseNote = note;
    return d->moveWindow(m, status, WindowState::Paused, EventType::WindowPaused,
                         {{u"reason"_s, toString(reason)}, {u"note"_s, note}});
}

Result<Operation> Engine::resumeWindow(int window, const QString &actor)
{
    auto w = d->openedWindow(window);
    if (!w)
        return w.error();
    const WindowStatus &status = w.value();
    if (status.state != WindowState::Paused)
        return fail(ErrorCode::WrongState, u"window %1 is not paused"_s.arg(window));
    Mutation m = d->mutate(actor);
    const QJsonObject detail{{u"reason"_s, toString(status.pauseReason)},
                             {u"pausedSeconds"_s, status.since.isValid() ? status.since.secsTo(m.at()) : 0}};
    return d->moveWindow(m, status, WindowState::Idle, EventType::WindowResumed, detail);
}

Result<Operation> Engine::callNext(int window, const QString &actor)
{
    auto w = d->idleWindow(window);
    if (!w)
        return w.error();
    const QList<const Ticket *> candidates = d->candidates(window);
    if (candidates.isEmpty())
        return fail(ErrorCode::NothingWaiting, u"nothing is waiting for window %1"_s.arg(window));
    const Arbiter::Pick pick = d->arbiter.pick(*m_config.window(window), candidates, m_clock.now());
    Mutation m = d->mutate(actor);
    return d->call(m, w.value(), *pick.ticket, EventType::Called, Arbiter::name(pick.tier));
}

Result<Operation> Engine::callTicket(int window, qint64 ticketId, const QString &actor)
{
    auto w = d->idleWindow(window);
    if (!w)
        return w.error();
    auto t = d->todaysTicketIn(ticketId, TicketState::Waiting);
    if (!t)
        return t.error();
    if (!Arbiter::mayCall(*m_config.window(window), t.value()))
        return fail(ErrorCode::NotServedHere, u"window %1 does not serve ticket %2"_s.arg(
                                                  QString::number(window), describe(t.value())));
    Mutation m = d->mutate(actor);
    return d->call(m, w.value(), t.value(), EventType::Called, u"explicit"_s);
}

Result<Operation> Engine::recall(int window, const QString &actor)
{
    auto current = d->busyWindow(window);
    if (!current)
        return current.error();
    auto [w, t] = current.value();
    if (t.state != TicketState::Called)
        return fail(ErrorCode::WrongState, u"ticket %1 is already being served"_s.arg(describe(t)));
    Mutation m = d->mutate(actor);
    if (t.recallCount >= m_config.rules.recallLimit)
        return d->markNoShow(m, w, t, u"recall_limit"_s);
    ++t.recallCount;
    m.put(t);
    m.record(EventType::Recalled, window, t.id, {{u"number"_s, t.number}, {u"recallCount"_s, t.recallCount}});
    return m.finish(t, w);
}

Result<Operation> Engine::startServing(int window, const QString &actor)
{
    auto current = d->busyWindow(window);
    if (!current)
        return current.error();
    auto [w, t] = current.value();
    if (t.state != TicketState::Called)
        return fail(ErrorCode::WrongState, u"ticket %1 is already being served"_s.arg(describe(t)));
    Mutation m = d->mutate(actor);
    t.state = TicketState::Serving;
    t.servingAt = m.at();
    m.put(t);
    w.state = WindowState::Serving;
    w.since = m.at();
    m.put(w);
    m.record(EventType::ServingStarted, window, t.id, {{u"number"_s, t.number}});
    return m.finish(t, w);
}

Result<Operation> Engine::finish(const FinishCommand &cmd)
{
    auto current = d->busyWindow(cmd.window);
    if (!current)
        return current.error();
    auto [w, t] = current.value();
    if (t.state != TicketState::Serving)
        return fail(ErrorCode::WrongState, u"ticket %1 must be served before it is finished"_s.arg(describe(t)));
    Mutation m = d->mutate(cmd.actor);
    t.state = TicketState::Finished;
    t.finishedAt = m.at();
    t.caseType = cmd.caseType;
    t.outcome = cmd.outcome;
    m.put(t);
    d->release(m, w);
    m.record(EventType::Finished, cmd.window, t.id,
             {{u"number"_s, t.number}, {u"caseType"_s, toString(cmd.caseType)}, {u"outcome"_s, cmd.outcome},
              {u"handlingSeconds"_s, t.servingAt.secsTo(t.finishedAt)}});
    return m.finish(t, d->windows.at(cmd.window));
}

Result<Operation> Engine::noShow(int window, const QString &actor)
{
    auto current = d->busyWindow(window);
    if (!current)
        return current.error();
    const auto &[w, t] = current.value();
    if (t.state != TicketState::Called)
        return fail(ErrorCode::WrongState, u"ticket %1 is being served; it did show up"_s.arg(describe(t)));
    Mutation m = d->mutate(actor);
    return d->markNoShow(m, w, t, u"marked"_s);
}

Result<Operation> Engine::reactivate(qint64 ticketId, std::optional<Placement> placement, const QString &actor)
{
    auto found = d->todaysTicketIn(ticketId, TicketState::NoShow);
    if (!found)
        return found.error();
    Ticket t = found.value();
    const Placement where = placement.value_or(m_config.rules.reactivatePlacement);
    Mutation m = d->mutate(actor);
    t.state = TicketState::Waiting;
    t.window = 0;
    t.recallCount = 0;
    t.bypassCount = 0; // a fresh wait: aging starts again
    t.finishedAt = QDateTime();
    t.order = d->placeOrder(t, where);
    m.put(t);
    m.record(EventType::Reactivated, 0, t.id,
             {{u"number"_s, t.number}, {u"placement"_s, toString(where)}, {u"order"_s, t.order}});
    return m.finish(t, {});
}

Result<Operation> Engine::transfer(const TransferCommand &cmd)
{
    auto current = d->busyWindow(cmd.window);
    if (!current)
        return current.error();
    auto [w, t] = current.value();
    if (cmd.toService.isEmpty() == (cmd.toWindow == 0))
        return fail(ErrorCode::InvalidArgument, u"a transfer names either a service or a window"_s);
    if (!cmd.toService.isEmpty() && !m_config.service(cmd.toService))
        return fail(ErrorCode::UnknownService, u"there is no service '%1'"_s.arg(cmd.toService));
    if (cmd.toWindow != 0 && !m_config.window(cmd.toWindow))
        return fail(ErrorCode::UnknownWindow, u"there is no window %1"_s.arg(cmd.toWindow));
    if (cmd.toWindow == cmd.window)
        return fail(ErrorCode::InvalidArgument, u"window %1 cannot transfer to itself"_s.arg(cmd.window));

    Mutation m = d->mutate(cmd.actor);
    const QString fromService = t.serviceId;
    if (!cmd.toService.isEmpty()) {
        t.serviceId = cmd.toService;
        t.targetWindow = 0;
    } else {
        t.targetWindow = cmd.toWindow;
    }
    t.state = TicketState::Waiting;
    t.window = 0;
    t.recallCount = 0;
    t.bypassCount = 0;
    ++t.transferCount;
    t.note = cmd.note;
    // firstWindow stays: the first window remains responsible (首问负责制).
    t.order = d->placeOrder(t, cmd.placement);
    m.put(t);
    d->release(m, w);
    m.record(EventType::Transferred, cmd.window, t.id,
             {{u"number"_s, t.number}, {u"fromService"_s, fromService}, {u"toService"_s, t.serviceId},
              {u"fromWindow"_s, cmd.window}, {u"toWindow"_s, cmd.toWindow},
              {u"placement"_s, toString(cmd.placement)}, {u"note"_s, cmd.note}});
    return m.finish(t, d->windows.at(cmd.window));
}

Result<Operation> Engine::park(int window, const QString &actor)
{
    auto current = d->busyWindow(window);
    if (!current)
        return current.error();
    auto [w, t] = current.value();
    Mutation m = d->mutate(actor);
    t.state = TicketState::Parked; // t.window stays: only this window may take it back
    m.put(t);
    d->release(m, w);
    m.record(EventType::Parked, window, t.id, {{u"number"_s, t.number}});
    return m.finish(t, d->windows.at(window));
}

Result<Operation> Engine::unpark(int window, qint64 ticketId, const QString &actor)
{
    auto w = d->idleWindow(window);
    if (!w)
        return w.error();
    auto t = d->todaysTicketIn(ticketId, TicketState::Parked);
    if (!t)
        return t.error();
    if (t.value().window != window)
        return fail(ErrorCode::NotServedHere, u"ticket %1 is parked at window %2"_s.arg(
                                                  describe(t.value()), QString::number(t.value().window)));
    Mutation m = d->mutate(actor);
    return d->call(m, w.value(), t.value(), EventType::Unparked, u"unparked"_s);
}

Result<Operation> Engine::cancel(qint64 ticketId, const QString &actor)
{
    auto found = d->knownTicket(ticketId);
    if (!found)
        return found.error();
    Ticket t = found.value();
    if (t.state != TicketState::Waiting && t.state != TicketState::Parked && t.state != TicketState::NoShow)
        return fail(ErrorCode::WrongState, u"ticket %1 is %2; only waiting, parked or no-show tickets are cancelled"_s
                                               .arg(describe(t), toString(t.state)));
    Mutation m = d->mutate(actor);
    const TicketState from = t.state;
    t.state = TicketState::Cancelled;
    t.finishedAt = m.at();
    m.put(t);
    m.record(EventType::Cancelled, t.window, t.id,
             {{u"number"_s, t.number}, {u"from"_s, toString(from)}, {u"reason"_s, u"cancelled"_s}});
    return m.finish(t, {});
}

Operation Engine::closeEarlierDays(const QString &actor)
{
    const QDate today = d->today();
    QList<Ticket> stale;
    for (const auto &[id, t] : d->tickets.all()) {
        if (!isTerminal(t.state) && t.businessDay < today)
            stale.append(t);
    }
    Mutation m = d->mutate(actor);
    for (Ticket t : std::as_const(stale)) {
        const TicketState from = t.state;
        if (from == TicketState::Called || from == TicketState::Serving) {
            const auto w = d->windows.find(t.window);
            if (w != d->windows.end() && w->second.currentTicket == t.id)
                d->release(m, w->second);
        }
        t.state = TicketState::Cancelled;
        t.finishedAt = m.at();
        m.put(t);
        m.record(EventType::Cancelled, t.window, t.id,
                 {{u"number"_s, t.number}, {u"from"_s, toString(from)}, {u"reason"_s, u"day_closed"_s}});
    }
    if (!stale.isEmpty())
        qCInfo(lcEngine) << "closed" << stale.size() << "tickets of earlier business days";
    Operation closed = m.finish({}, {});
    // Earlier days are over: their tickets live on in storage, not in memory,
    // so a server that runs for months does not grow with every day.
    QList<qint64> finishedDays;
    for (const auto &[id, t] : d->tickets.all())
        if (t.businessDay < today && isTerminal(t.state))
            finishedDays.append(id);
    for (qint64 id : std::as_const(finishedDays))
        d->tickets.remove(id);
    return closed;
}

} // namespace hallq::engine
