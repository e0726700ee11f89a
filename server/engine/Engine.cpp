// Engine: construction, restart (restore/state) and the read-only queries.
// The mutating operations live in EngineOperations.cpp.
#include "engine/Engine.h"

#include "engine/EngineImpl.h"
#include "engine/EngineLog.h"
#include "engine/NaiveWaitEstimator.h"

#include <QSet>
#include <algorithm>

namespace hallq::engine {

namespace {

bool isActive(const WindowStatus &w)
{
    return w.state == WindowState::Idle || w.state == WindowState::Calling || w.state == WindowState::Serving;
}

QList<Ticket> copies(const QList<const Ticket *> &tickets)
{
    QList<Ticket> result;
    result.reserve(tickets.size());
    for (const Ticket *t : tickets)
        result.append(*t);
    return result;
}

// Today's tickets that match, by id.
template <class Pred>
QList<Ticket> todays(const TicketIndex &index, const QDate &today, Pred matches)
{
    QList<Ticket> result;
    for (const auto &[id, t] : index.all()) {
        if (t.businessDay == today && matches(t))
            result.append(t);
    }
    return result;
}


} // namespace

Engine::Engine(HallConfig config, const Clock &clock, std::unique_ptr<WaitEstimator> estimator)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_calendar(m_config.calendar)
    , m_estimator(estimator ? std::move(estimator) : std::make_unique<NaiveWaitEstimator>())
    , d(std::make_unique<Impl>(m_config, m_clock, m_calendar))
{
}

Engine::~Engine() = default;

void Engine::restore(const EngineState &state)
{
    ++d->revision;
    d->tickets.clear();
    qint64 maxId = 0;
    qint64 maxOrder = 0;
    for (Ticket t : state.tickets) {
        if (t.issueOrder == 0)
            t.issueOrder = t.order; // rows from before issueOrder existed: their order is the best we know
        maxId = std::max(maxId, t.id);
        maxOrder = std::max({maxOrder, t.order, t.issueOrder});
        d->tickets.put(t);
    }
    d->resetWindows();
    for (const WindowStatus &w : state.windows) {
        if (!d->windows.count(w.number)) {
            qCWarning(lcEngine) << "restore: window" << w.number << "is no longer configured; dropped";
            continue;
        }
        WindowStatus status = w;
        const Ticket *current = d->tickets.find(w.currentTicket);
        if (w.currentTicket != 0 &&
            (!current || current->window != w.number ||
             (current->state != TicketState::Called && current->state != TicketState::Serving))) {
            qCWarning(lcEngine) << "restore: window" << w.number << "pointed at ticket" << w.currentTicket
                                << "which is not called or served there; window set idle";
            status.currentTicket = 0;
            status.state = status.state == WindowState::Closed ? WindowState::Closed : WindowState::Idle;
        }
        d->windows[w.number] = status;
    }
    d->numbering.restore(state.sequences);
    // The high-water marks may lag the rows (older rows, hand-made states):
    // never hand out an id or order twice.
    d->lastTicketId = std::max(state.lastTicketId, maxId);
    d->lastOrder = std::max(state.lastOrder, maxOrder);
    d->lastEventId = state.lastEventId;
    // The round-robin credit is not persisted: it starts fresh, which shifts
    // at most one round of shares and never the aging bound.
    d->arbiter.reset();
    qCInfo(lcEngine) << "restored" << state.tickets.size() << "tickets," << state.windows.size() << "windows";
}

EngineState Engine::state() const
{
    EngineState s;
    s.tickets.reserve(qsizetype(d->tickets.all().size()));
    for (const auto &[id, t] : d->tickets.all())
        s.tickets.append(t);
    for (const auto &[number, w] : d->windows)
        s.windows.append(w);
    s.sequences = d->numbering.all();
    s.lastTicketId = d->lastTicketId;
    s.lastEventId = d->lastEventId;
    s.lastOrder = d->lastOrder;
    return s;
}

QDate Engine::currentBusinessDay() const
{
    return d->today();
}

const Ticket *Engine::ticket(qint64 id) const
{
    return d->tickets.find(id);
}

const Ticket *Engine::ticketByToken(QStringView token) const
{
    return token.isEmpty() ? nullptr : d->tickets.findByToken(token);
}

const WindowStatus *Engine::window(int number) const
{
    const auto it = d->windows.find(number);
    return it == d->windows.end() ? nullptr : &it->second;
}

QList<WindowStatus> Engine::windows() const
{
    QList<WindowStatus> result;
    for (const auto &[number, w] : d->windows)
        result.append(w);
    return result;
}

QList<Ticket> Engine::waitingTickets(QStringView serviceId) const
{
    const QDate today = d->today();
    QList<const Ticket *> list = d->tickets.waitingInService(serviceId.toString());
    list.removeIf([&](const Ticket *t) { return t->businessDay != today; });
    d->arbiter.sort(list, 0, m_clock.now());
    return copies(list);
}

QList<Ticket> Engine::waitingForWindow(int window) const
{
    QList<const Ticket *> list = d->candidates(window);
    d->arbiter.sort(list, window, m_clock.now());
    return copies(list);
}

QList<Ticket> Engine::parkedTickets(int window) const
{
    return todays(d->tickets, d->today(),
                  [&](const Ticket &t) { return t.state == TicketState::Parked && t.window == window; });
}

QList<Ticket> Engine::noShowTickets(QStringView serviceId) const
{
    return todays(d->tickets, d->today(),
                  [&](const Ticket &t) { return t.state == TicketState::NoShow && t.serviceId == serviceId; });
}

int Engine::waitingCount(QStringView serviceId) const
{
    return d->tickets.figures(serviceId.toString(), d->today()).waiting;
}

int Engine::peopleAhead(qint64 ticketId) const
{
    const Ticket *t = d->tickets.find(ticketId);
    if (!t || t->state != TicketState::Waiting || t->businessDay != d->today())
        return -1;
    const QDateTime now = m_clock.now();
    if (t->targetWindow != 0) {
        // Its only queue is that window's: everything the window takes first.
        QList<const Ticket *> queue = d->candidates(t->targetWindow);
        d->arbiter.sort(queue, t->targetWindow, now);
        return int(queue.indexOf(t));
    }
    int ahead = 0;
    for (const Ticket *other : d->tickets.waitingInService(t->serviceId)) {
        if (other != t && other->targetWindow == 0 && other->businessDay == t->businessDay &&
            d->arbiter.before(*other, *t, 0, now))
            ++ahead;
    }
    return ahead;
}

int Engine::openWindowsServing(QStringView serviceId) const
{
    const auto it = d->windowsServing.constFind(serviceId.toString());
    if (it == d->windowsServing.constEnd())
        return 0;
    return int(std::count_if(it->cbegin(), it->cend(), [&](int number) { return isActive(d->windows.at(number)); }));
}

int Engine::servedToday(QStringView serviceId) const
{
    return d->tickets.figures(serviceId.toString(), d->today()).finished;
}

double Engine::meanHandlingSeconds(QStringView serviceId) const
{
    // Below this many finished tickets the day's mean says more about chance
    // than about the service: keep the configured prior.
    constexpr int kMinSample = 5;
    const ServiceConfig *service = m_config.service(serviceId);
    const double prior = service ? service->meanHandlingSeconds : 0.0;
    const auto figures = d->tickets.figures(serviceId.toString(), d->today());
    return figures.timed >= kMinSample ? double(figures.handlingMs) / 1000.0 / figures.timed : prior;
}

WorkingCalendar::Availability Engine::availability(QStringView serviceId) const
{
    const ServiceConfig *service = m_config.service(serviceId);
    return service ? m_calendar.availability(*service, m_clock.now()) : WorkingCalendar::Availability{};
}

int Engine::estimateNewTicket(QStringView serviceId) const
{
    return m_estimator->estimateNewTicket(*this, serviceId);
}

int Engine::estimateTicket(qint64 ticketId) const
{
    return m_estimator->estimateTicket(*this, ticketId);
}

quint64 Engine::revision() const
{
    return d->revision;
}

TicketIndex::DayFigures Engine::dayFigures(QStringView serviceId) const
{
    return d->tickets.figures(serviceId.toString(), d->today());
}

void Engine::forEachWaiting(const std::function<void(const Ticket &)> &visit) const
{
    const QDate today = d->today();
    QSet<QString> seen;
    for (const ServiceConfig &s : m_config.services) {
        if (seen.contains(s.id))
            continue;
        seen.insert(s.id);
        for (const Ticket *t : d->tickets.waitingInService(s.id))
            if (t->businessDay == today)
                visit(*t);
    }
}

} // namespace hallq::engine
