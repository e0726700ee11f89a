#pragma once

#include "engine/HallConfig.h"
#include "sim/HallBackend.h"
#include "sim/Scenario.h"
#include "sim/Scheduler.h"
#include "sim/SimRandom.h"
#include "sim/TicketRecord.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <vector>

namespace hallq::sim {

// How one window's day went.
struct WindowDay
{
    int number = 0;
    qint64 staffedMs = 0; // open and not paused
    qint64 busyMs = 0;    // with a called or served ticket
    int calls = 0;
};

// What one simulated day produced, for DayReport.
struct DayOutcome
{
    QDate day;
    std::vector<TicketRecord> tickets;
    QList<WindowDay> windows;
    QMap<QString, QMap<QString, int>> turnedAway; // service → error code → count
    int backendFailures = 0;
};

// The people of one hall day: citizens arriving along the scenario's curve,
// taking tickets, waiting (or giving up), answering calls; staff opening,
// calling, serving, transferring, pausing, going to lunch and serving out the
// queue at closing. Everything random is drawn when the day is planned, so a
// seed gives the same day whichever estimator the hall runs.
class DaySimulation
{
public:
    DaySimulation(const Scenario &scenario, const engine::HallConfig &hall, HallBackend &backend, Scheduler &scheduler);

    // Plans the day and runs it to the end on the scheduler.
    DayOutcome run(const QDate &day, quint64 seed);

    // Local wall-clock time on `day` in the hall's time zone, as epoch ms.
    qint64 localMs(const QDate &day, const QTime &time) const;

private:
    struct Arrival
    {
        qint64 atMs;
        HallBackend::Issue issue;
        TicketRecord holder;
        double handlingSeconds;
        double walkSeconds;
    };
    struct Counter
    {
        enum class State { Closed, Open, Paused };
        int number = 0;
        QList<std::pair<qint64, qint64>> shifts;
        int shift = 0;
        State state = State::Closed;
        bool lunch = false;     // paused between shifts
        bool busy = false;
        bool inFlight = false;
        bool idle = false;
        bool draining = false;
        bool pauseWanted = false;
        qint64 pauseMs = 0;
        qint64 ticket = 0;
        int recalls = 0;
        qint64 openSince = -1;
        qint64 busySince = -1;
        WindowDay day;
        QList<QString> services;
    };

    void plan(const QDate &day, SimRandom &random);
    void arrive(const Arrival &a);
    void startShift(Counter &c);
    void endShift(Counter &c);
    void leave(Counter &c);
    void seek(Counter &c);
    void called(Counter &c, qint64 ticketId);
    void absentLoop(Counter &c);
    void serve(Counter &c);
    void done(Counter &c);
    void release(Counter &c);
    void takePause(Counter &c);
    void poke(const QString &serviceId);
    void setState(Counter &c, Counter::State state);
    bool shiftOver(const Counter &c) const;
    bool laterShift(const Counter &c) const;
    TicketRecord *record(qint64 ticketId);
    // Wraps a backend call: counts it in flight and reports failures.
    HallBackend::Done track(std::function<void(const HallBackend::Reply &)> then);

    const Scenario &m_scenario;
    const engine::HallConfig &m_hall;
    HallBackend &m_backend;
    Scheduler &m_scheduler;
    QMap<int, Counter> m_counters;
    QHash<qint64, size_t> m_byId;
    QHash<qint64, Arrival> m_plans; // by ticket id: the holder's drawn times
    DayOutcome m_out;
    int m_inFlight = 0;
};

} // namespace hallq::sim
