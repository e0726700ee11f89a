#include "engine/ForwardWaitEstimator.h"

#include "engine/Engine.h"
#include "engine/HandlingTime.h"
#include "engine/StaffingForecast.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace hallq::engine {

namespace {

// Today's arrival rate stands in for the profile only after this much open time.
constexpr double kTodayRateAfterSeconds = 1800;

// Engine classes by the stream they arrive in: assisted tickets queue like walk-ins.
QueueForecast::ArrivalClass streamOf(int cls)
{
    switch (TicketClass(cls)) {
    case TicketClass::Green: return QueueForecast::Green;
    case TicketClass::Appointment: return QueueForecast::Appointment;
    case TicketClass::Normal:
    case TicketClass::Assisted: break;
    }
    return QueueForecast::Normal;
}

} // namespace

ForwardWaitEstimator::ForwardWaitEstimator() : ForwardWaitEstimator(Options{}) {}

ForwardWaitEstimator::ForwardWaitEstimator(Options options) : m_options(options) {}

ForwardWaitEstimator::~ForwardWaitEstimator() = default;

int ForwardWaitEstimator::seconds(qint64 atMs, qint64 nowMs)
{
    if (atMs == QueueForecast::kNever)
        return -1;
    return int(std::max<qint64>(0, (atMs - nowMs + 500) / 1000));
}

int ForwardWaitEstimator::estimateNewTicket(const Engine &engine, QStringView serviceId) const
{
    if (!engine.config().service(serviceId))
        return -1;
    const Kept &kept = forecast(engine, false);
    const int s = m_serviceIndex.value(serviceId.toString(), -1);
    if (s < 0 || size_t(s) >= kept.result.newTicketAtMs.size())
        return -1;
    return seconds(kept.result.newTicketAtMs[size_t(s)], engine.clock().now().toMSecsSinceEpoch());
}

int ForwardWaitEstimator::estimateTicket(const Engine &engine, qint64 ticketId) const
{
    const Ticket *t = engine.ticket(ticketId);
    if (!t || t->state != TicketState::Waiting || t->businessDay != engine.currentBusinessDay())
        return -1;
    const qint64 now = engine.clock().now().toMSecsSinceEpoch();
    const Kept *kept = &forecast(engine, false);
    auto it = kept->result.calledAtMs.constFind(ticketId);
    if (it != kept->result.calledAtMs.constEnd())
        return seconds(*it, now);
    if (kept->revision == engine.revision())
        return -1; // the forecast saw it and no window calls it today
    // Issued or requeued since the kept forecast: a plain ticket stands where
    // a new ticket of its service stood; anything else needs a fresh forecast.
    const bool plain = t->targetWindow == 0 &&
                       (t->ticketClass == TicketClass::Normal || t->ticketClass == TicketClass::Assisted);
    const int s = m_serviceIndex.value(t->serviceId, -1);
    if (plain && s >= 0 && size_t(s) < kept->result.newTicketAtMs.size())
        return seconds(kept->result.newTicketAtMs[size_t(s)], now);
    kept = &forecast(engine, true);
    it = kept->result.calledAtMs.constFind(ticketId);
    return it == kept->result.calledAtMs.constEnd() ? -1 : seconds(*it, now);
}

std::vector<char> ForwardWaitEstimator::staffing(const Engine &engine) const
{
    std::vector<char> out;
    out.reserve(size_t(engine.config().windows.size()));
    for (const WindowConfig &w : engine.config().windows) {
        // Staffed or not is what the forecast rests on; calling and serving
        // are the work itself and change with every operation.
        const WindowStatus *status = engine.window(w.number);
        char state = 'C';
        if (status && status->state == WindowState::Paused)
            state = status->pauseReason == PauseReason::Lunch ? 'L' : 'P';
        else if (status && status->state != WindowState::Closed)
            state = 'S';
        out.push_back(state);
    }
    return out;
}

const ForwardWaitEstimator::Kept &ForwardWaitEstimator::forecast(const Engine &engine, bool exact) const
{
    if (m_engine != &engine) {
        m_engine = &engine;
        m_history = std::make_unique<HallHistory>(engine.config(), engine.calendar());
        m_serviceIndex.clear();
        m_windowIndex.clear();
        for (qsizetype i = 0; i < engine.config().services.size(); ++i)
            m_serviceIndex.insert(engine.config().services[i].id, int(i));
        for (qsizetype i = 0; i < engine.config().windows.size(); ++i)
            m_windowIndex.insert(engine.config().windows[i].number, int(i));
        m_kept = {};
    }
    const qint64 now = engine.clock().now().toMSecsSinceEpoch();
    const QDate day = engine.currentBusinessDay();
    const bool sameState = m_kept.valid && m_kept.revision == engine.revision();
    if (!(sameState && m_kept.atMs == now))
        m_history->observe(engine);
    if (m_kept.valid && m_kept.day == day && now >= m_kept.atMs) {
        const bool fresh = now - m_kept.atMs <= m_options.maxStaleMs;
        if ((sameState && (m_kept.atMs == now || fresh)) ||
            (!exact && fresh && staffing(engine) == m_kept.staffing)) {
            ++m_stats.reused;
            return m_kept;
        }
    }
    QElapsedTimer timer;
    timer.start();
    m_kept.result = QueueForecast::run(input(engine, now));
    m_kept.valid = true;
    m_kept.revision = engine.revision();
    m_kept.atMs = now;
    m_kept.day = day;
    m_kept.staffing = staffing(engine);
    ++m_stats.runs;
    m_stats.lastRunNs = timer.nsecsElapsed();
    return m_kept;
}

QueueForecast::Input ForwardWaitEstimator::input(const Engine &engine, qint64 nowMs) const
{
    const HallConfig &config = engine.config();
    const WorkingCalendar &calendar = engine.calendar();
    QueueForecast::Input in;
    in.nowMs = nowMs;
    in.agingLimit = config.rules.agingLimit;

    std::vector<HandlingTime> times;
    times.reserve(size_t(config.services.size()));
    for (qsizetype s = 0; s < config.services.size(); ++s) {
        const ServiceConfig &service = config.services[s];
        times.push_back(HandlingTime::learned(service.meanHandlingSeconds, m_history->pastOccupancy(int(s)),
                                              engine.dayFigures(service.id)));
        in.handlingSeconds.push_back(times.back().meanSeconds);
    }

    StaffingForecast::Day day;
    day.nowMs = nowMs;
    day.pauseSeconds = m_options.pauseSeconds;
    const QDate localDate = calendar.toLocal(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)).date();
    day.dayStartMs = QDateTime(localDate, QTime(0, 0), config.calendar.timeZone).toMSecsSinceEpoch();
    for (const auto &s : calendar.sessions(localDate))
        day.sessions.emplace_back(s.start.toMSecsSinceEpoch(), s.end.toMSecsSinceEpoch());

    std::vector<char> served(size_t(config.services.size()), 0);
    in.windows.reserve(size_t(config.windows.size()));
    for (qsizetype w = 0; w < config.windows.size(); ++w) {
        const WindowConfig &wc = config.windows[w];
        QueueForecast::Window window;
        for (const WorkProfileEntry &e : wc.profile) {
            const int s = m_serviceIndex.value(e.serviceId, -1);
            if (s >= 0)
                window.profile.append({s, e.weight});
        }
        window.freeAtMs = nowMs;
        if (const WindowStatus *status = engine.window(wc.number)) {
            window.staffed = StaffingForecast::forWindow(int(w), *status, *m_history, day);
            const Ticket *current = status->currentTicket ? engine.ticket(status->currentTicket) : nullptr;
            const int s = current ? m_serviceIndex.value(current->serviceId, -1) : -1;
            if (s >= 0 && current->calledAt.isValid()) {
                const double elapsed = double(nowMs - current->calledAt.toMSecsSinceEpoch()) / 1000.0;
                window.freeAtMs = nowMs + qint64(times[size_t(s)].remainingAfter(elapsed) * 1000.0);
            }
        }
        if (!window.staffed.isEmpty())
            for (const auto &[s, weight] : window.profile)
                served[size_t(s)] = 1;
        in.windows.push_back(std::move(window));
    }

    engine.forEachWaiting([&](const Ticket &t) {
        QueueForecast::Waiting w;
        w.id = t.id;
        w.service = m_serviceIndex.value(t.serviceId, -1);
        w.targetWindow = t.targetWindow == 0 ? -1 : m_windowIndex.value(t.targetWindow, -1);
        if (w.service < 0 || (t.targetWindow != 0 && w.targetWindow < 0))
            return;
        w.green = t.ticketClass == TicketClass::Green;
        w.appointment = t.ticketClass == TicketClass::Appointment && t.slotStart.isValid();
        w.slotMs = w.appointment ? t.slotStart.toMSecsSinceEpoch() : 0;
        w.order = t.order;
        w.issueOrder = t.issueOrder;
        w.bypassCount = t.bypassCount;
        in.waiting.push_back(w);
    });

    // Arrivals still to come today, per service and stream, slot by slot.
    const int nowSlot = int(std::clamp<qint64>((nowMs - day.dayStartMs) / HallHistory::kSlotMs, 0, HallHistory::kSlots - 1));
    const double openSeconds = m_history->observedSessionSecondsToday();
    for (qsizetype s = 0; s < config.services.size(); ++s) {
        if (!served[size_t(s)])
            continue;
        const auto figures = engine.dayFigures(config.services[s].id);
        for (const auto stream : {QueueForecast::Normal, QueueForecast::Green, QueueForecast::Appointment}) {
            QueueForecast::Arrivals a;
            a.service = int(s);
            a.cls = stream;
            a.untilMs = day.dayStartMs + qint64(HallHistory::kSlots) * HallHistory::kSlotMs;
            double todayRate = 0;
            for (int c = 0; c < HallHistory::kClasses; ++c)
                if (streamOf(c) == stream && openSeconds >= kTodayRateAfterSeconds)
                    todayRate += figures.issuedByClass[c] / openSeconds;
            bool any = false;
            for (int slot = nowSlot; slot < HallHistory::kSlots; ++slot) {
                const qint64 start = day.dayStartMs + slot * HallHistory::kSlotMs;
                double perSlot = -1;
                for (int c = 0; c < HallHistory::kClasses; ++c) {
                    if (streamOf(c) != stream)
                        continue;
                    const double learned = m_history->arrivals(int(s), c, slot);
                    if (learned >= 0)
                        perSlot = std::max(0.0, perSlot) + learned;
                }
                double rate = perSlot / HallHistory::kSlotSeconds;
                if (perSlot < 0) {
                    const qint64 mid = start + HallHistory::kSlotMs / 2;
                    const bool open = std::any_of(day.sessions.begin(), day.sessions.end(),
                                                  [&](const auto &x) { return mid >= x.first && mid < x.second; });
                    rate = open ? todayRate : 0;
                }
                if (!a.rate.isEmpty() && a.rate.last().second == rate)
                    continue;
                a.rate.append({std::max(start, nowMs), rate});
                any = any || rate > 0;
            }
            if (any)
                in.arrivals.push_back(std::move(a));
        }
    }
    return in;
}

} // namespace hallq::engine
