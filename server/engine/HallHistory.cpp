#include "engine/HallHistory.h"

#include "engine/Engine.h"

#include <algorithm>

namespace hallq::engine {

namespace {

// A day's figures count fully while the profile is young, then as a moving
// average over about this many days, so a changed roster shows within a fortnight.
constexpr int kProfileDays = 10;
// Earlier days' handling times fade by this factor per day.
constexpr double kOccupancyDecay = 0.7;

bool isStaffed(const WindowStatus *w)
{
    return w && (w->state == WindowState::Idle || w->state == WindowState::Calling || w->state == WindowState::Serving);
}

} // namespace

HallHistory::HallHistory(const HallConfig &config, const WorkingCalendar &calendar)
    : m_config(config), m_calendar(calendar)
{
    const size_t windows = size_t(config.windows.size());
    const size_t streams = size_t(config.services.size()) * kClasses;
    m_activeMean.assign(windows * kSlots, 0.0);
    m_activeDays.assign(kSlots, 0);
    m_arrivalMean.assign(streams * kSlots, 0.0);
    m_pastOccupancy.assign(size_t(config.services.size()), {});
}

int HallHistory::slotOf(const QTime &localTime)
{
    return std::clamp(localTime.msecsSinceStartOfDay() / int(kSlotMs), 0, kSlots - 1);
}

double HallHistory::windowActive(int window, int slot) const
{
    if (slot < 0 || slot >= kSlots || m_activeDays[size_t(slot)] == 0)
        return -1;
    return m_activeMean[size_t(window) * kSlots + size_t(slot)];
}

double HallHistory::arrivals(int service, int cls, int slot) const
{
    if (slot < 0 || slot >= kSlots || m_activeDays[size_t(slot)] == 0)
        return -1;
    return m_arrivalMean[(size_t(service) * kClasses + size_t(cls)) * kSlots + size_t(slot)];
}

void HallHistory::observe(const Engine &engine)
{
    const qint64 now = engine.clock().now().toMSecsSinceEpoch();
    const QDate day = engine.currentBusinessDay();
    const bool firstEver = !m_started;
    if (m_started && day != m_day)
        foldDay();
    if (!m_started || day != m_day) {
        startDay(engine, day);
        if (firstEver) {
            // Started mid-day: what was issued before is not this slot's arrivals.
            for (qsizetype s = 0; s < m_config.services.size(); ++s) {
                const auto f = engine.dayFigures(m_config.services[s].id);
                for (int c = 0; c < kClasses; ++c)
                    m_lastIssued[size_t(s) * kClasses + size_t(c)] = f.issuedByClass[c];
            }
        }
    } else if (now > m_lastMs) {
        credit(m_lastMs, now);
    }
    m_lastMs = std::max(m_lastMs, now);

    const qint64 slotIndex = (now - m_dayStartMs) / kSlotMs;
    const size_t slot = size_t(((slotIndex % kSlots) + kSlots) % kSlots);
    for (qsizetype s = 0; s < m_config.services.size(); ++s) {
        const auto f = engine.dayFigures(m_config.services[s].id);
        for (int c = 0; c < kClasses; ++c) {
            const size_t stream = size_t(s) * kClasses + size_t(c);
            const int delta = f.issuedByClass[c] - m_lastIssued[stream];
            if (delta > 0)
                m_arrivals[stream * kSlots + slot] += delta;
            m_lastIssued[stream] = f.issuedByClass[c];
        }
        m_todayOccupancy[size_t(s)] = {double(f.left), double(f.occupiedMs) / 1000.0, double(f.occupiedSquaredS)};
    }
    for (qsizetype w = 0; w < m_config.windows.size(); ++w) {
        const bool staffed = isStaffed(engine.window(m_config.windows[w].number));
        m_lastActive[size_t(w)] = staffed;
        m_staffedToday[size_t(w)] = m_staffedToday[size_t(w)] || staffed;
        m_anyStaffedToday = m_anyStaffedToday || staffed;
    }
}

void HallHistory::startDay(const Engine &engine, const QDate &day)
{
    m_started = true;
    m_day = day;
    const QDateTime now = engine.clock().now();
    const QDate localDate = m_calendar.toLocal(now).date();
    m_dayStartMs = QDateTime(localDate, QTime(0, 0), m_config.calendar.timeZone).toMSecsSinceEpoch();
    m_lastMs = now.toMSecsSinceEpoch();
    const size_t windows = size_t(m_config.windows.size());
    const size_t streams = size_t(m_config.services.size()) * kClasses;
    m_lastActive.assign(windows, 0);
    m_staffedToday.assign(windows, 0);
    m_anyStaffedToday = false;
    m_activeSeconds.assign(windows * kSlots, 0.0);
    m_observedSeconds.assign(kSlots, 0.0);
    m_arrivals.assign(streams * kSlots, 0.0);
    m_lastIssued.assign(streams, 0);
    m_todayOccupancy.assign(size_t(m_config.services.size()), {});
    m_sessionsToday.clear();
    for (const auto &s : m_calendar.sessions(localDate))
        m_sessionsToday.emplace_back(s.start.toMSecsSinceEpoch(), s.end.toMSecsSinceEpoch());
    m_sessionSecondsToday = 0;
}

void HallHistory::credit(qint64 fromMs, qint64 toMs)
{
    for (const auto &[start, end] : m_sessionsToday) {
        const qint64 overlap = std::min(end, toMs) - std::max(start, fromMs);
        if (overlap > 0)
            m_sessionSecondsToday += double(overlap) / 1000.0;
    }
    qint64 cursor = fromMs;
    while (cursor < toMs) {
        const qint64 slotIndex = (cursor - m_dayStartMs) / kSlotMs;
        const qint64 slotEnd = m_dayStartMs + (slotIndex + 1) * kSlotMs;
        const qint64 until = std::min(toMs, slotEnd);
        const double seconds = double(until - cursor) / 1000.0;
        const size_t slot = size_t(((slotIndex % kSlots) + kSlots) % kSlots);
        m_observedSeconds[slot] += seconds;
        for (size_t w = 0; w < m_lastActive.size(); ++w)
            if (m_lastActive[w])
                m_activeSeconds[w * kSlots + slot] += seconds;
        cursor = until;
    }
}

void HallHistory::foldDay()
{
    if (!m_calendar.isWorkday(m_day))
        return; // a weekend's appointment session says nothing about a workday
    bool any = false;
    for (int slot = 0; slot < kSlots; ++slot) {
        const double observed = m_observedSeconds[size_t(slot)];
        if (observed <= 0)
            continue;
        any = true;
        const int n = ++m_activeDays[size_t(slot)];
        const double weight = 1.0 / std::min(n, kProfileDays);
        for (size_t w = 0; w < m_lastActive.size(); ++w) {
            double &mean = m_activeMean[w * kSlots + size_t(slot)];
            mean += weight * (std::min(1.0, m_activeSeconds[w * kSlots + size_t(slot)] / observed) - mean);
        }
        const size_t streams = m_lastIssued.size();
        for (size_t stream = 0; stream < streams; ++stream) {
            double &mean = m_arrivalMean[stream * kSlots + size_t(slot)];
            mean += weight * (m_arrivals[stream * kSlots + size_t(slot)] - mean);
        }
    }
    if (!any)
        return;
    ++m_days;
    for (size_t s = 0; s < m_pastOccupancy.size(); ++s) {
        Occupancy &past = m_pastOccupancy[s];
        const Occupancy &today = m_todayOccupancy[s];
        past.count = past.count * kOccupancyDecay + today.count;
        past.sumSeconds = past.sumSeconds * kOccupancyDecay + today.sumSeconds;
        past.sumSquaredSeconds = past.sumSquaredSeconds * kOccupancyDecay + today.sumSquaredSeconds;
    }
}

} // namespace hallq::engine
