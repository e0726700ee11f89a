#pragma once

#include "engine/HallConfig.h"
#include "engine/WorkingCalendar.h"

#include <QDate>
#include <QDateTime>
#include <vector>

namespace hallq::engine {

class Engine;

// What the hall usually looks like over a workday, learned by watching the
// engine: which windows are staffed in each 5-minute slot of the day, how many
// tickets of each service and class arrive per slot, and how long a called
// ticket holds its window. The wait estimator forecasts from it.
//
// observe() is called with the engine after every change (the estimator does
// it on each estimate); the time between two observations is credited to the
// window states seen at the first of them, which is exact because windows only
// change through operations. A finished workday is folded into the profile.
class HallHistory
{
public:
    static constexpr int kSlotSeconds = 300;
    static constexpr int kSlots = 24 * 3600 / kSlotSeconds;
    static constexpr qint64 kSlotMs = qint64(kSlotSeconds) * 1000;
    static constexpr int kClasses = 4; // int(TicketClass)

    struct Occupancy
    {
        double count = 0;
        double sumSeconds = 0;
        double sumSquaredSeconds = 0;
    };

    HallHistory(const HallConfig &config, const WorkingCalendar &calendar);

    void observe(const Engine &engine);

    // Workdays folded into the profile so far.
    int days() const { return m_days; }
    // Share of observed workdays on which the window (index into
    // HallConfig::windows) was staffed in `slot`; -1 when the slot was never observed.
    double windowActive(int window, int slot) const;
    // Mean tickets of (service index, class) arriving in `slot`; -1 when never observed.
    double arrivals(int service, int cls, int slot) const;
    // Earlier days' window occupancy per call of a service, decayed.
    const Occupancy &pastOccupancy(int service) const { return m_pastOccupancy[size_t(service)]; }
    // The window was staffed at some point of the current business day.
    bool staffedToday(int window) const { return m_staffedToday[size_t(window)]; }
    bool anyStaffedToday() const { return m_anyStaffedToday; }
    // Seconds the hall has been observed during today's sessions (for today's arrival rates).
    double observedSessionSecondsToday() const { return m_sessionSecondsToday; }

    static int slotOf(const QTime &localTime);

private:
    void startDay(const Engine &engine, const QDate &day);
    void foldDay();
    void credit(qint64 fromMs, qint64 toMs);

    const HallConfig &m_config;
    const WorkingCalendar &m_calendar;
    int m_days = 0;
    // Profile: running means over folded days, per slot.
    std::vector<double> m_activeMean;   // window × slot
    std::vector<int> m_activeDays;      // slot
    std::vector<double> m_arrivalMean;  // (service × class) × slot
    std::vector<Occupancy> m_pastOccupancy;

    // The day being observed.
    bool m_started = false;
    QDate m_day;
    qint64 m_dayStartMs = 0;             // local midnight of m_day, as epoch ms
    qint64 m_lastMs = 0;
    std::vector<char> m_lastActive;      // window
    std::vector<char> m_staffedToday;    // window
    bool m_anyStaffedToday = false;
    std::vector<double> m_activeSeconds; // window × slot
    std::vector<double> m_observedSeconds; // slot
    std::vector<double> m_arrivals;      // (service × class) × slot
    std::vector<int> m_lastIssued;       // service × class
    std::vector<Occupancy> m_todayOccupancy; // last seen figures, folded at day end
    std::vector<std::pair<qint64, qint64>> m_sessionsToday; // epoch ms
    double m_sessionSecondsToday = 0;
};

} // namespace hallq::engine
