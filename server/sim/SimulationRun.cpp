#include "sim/SimulationRun.h"

#include "engine/Engine.h"
#include "engine/ManualClock.h"
#include "sim/DaySimulation.h"
#include "sim/EngineBackend.h"
#include "sim/RealTimeScheduler.h"
#include "sim/SimLog.h"
#include "sim/VirtualScheduler.h"

#include <QElapsedTimer>
#include <QSet>

namespace hallq::sim {

Scenario SimulationRun::withConstantStaffing(const Scenario &scenario)
{
    Scenario s = scenario;
    for (auto &entry : s.staffing) {
        if (entry.hours.isEmpty())
            continue;
        QTime first = entry.hours.first().start, last = entry.hours.first().end;
        for (const auto &h : std::as_const(entry.hours)) {
            first = std::min(first, h.start);
            last = std::max(last, h.end);
        }
        entry.hours = {{first, last}};
    }
    s.pausesPerWindowHour = 0;
    return s;
}

SimulationRun::Summary SimulationRun::run(const Scenario &input, const config::LoadedHall &hall, const Options &options)
{
    const Scenario scenario = options.constantStaffing ? withConstantStaffing(input) : input;
    QElapsedTimer wall;
    wall.start();
    engine::ManualClock clock(QDateTime(scenario.date, QTime(0, 0), hall.config.calendar.timeZone).toUTC());
    engine::Engine engine(hall.config, clock, std::make_unique<engine::ForwardWaitEstimator>());
    VirtualScheduler scheduler(clock);
    EngineBackend backend(engine);
    DaySimulation simulation(scenario, hall.config, backend, scheduler);

    const int days = options.days > 0 ? options.days : scenario.days;
    const quint64 seed = options.seed >= 0 ? quint64(options.seed) : scenario.seed;
    Summary summary;
    std::vector<DayOutcome> outcomes;
    QDate day = scenario.date;
    for (int n = 0; n < days; ++n) {
        while (!engine.calendar().isWorkday(day))
            day = day.addDays(1);
        scheduler.jumpTo(simulation.localMs(day, QTime(5, 0)));
        outcomes.push_back(simulation.run(day, seed * 1000003ULL + quint64(n)));
        summary.days.append(DayReport::build(outcomes.back(), hall.config));
        qCInfo(lcSim).noquote() << "simulated" << day.toString(Qt::ISODate) << "-"
                                << outcomes.back().tickets.size() << "tickets";
        day = day.addDays(1);
    }
    std::vector<const TicketRecord *> all, learned;
    for (size_t d = 0; d < outcomes.size(); ++d)
        for (const auto &t : outcomes[d].tickets) {
            all.push_back(&t);
            if (d > 0)
                learned.push_back(&t);
        }
    summary.all = EstimateEvaluation::of(all);
    summary.learned = EstimateEvaluation::of(learned);
    summary.seconds = double(wall.nsecsElapsed()) / 1e9;
    return summary;
}

SimulationRun::Summary SimulationRun::runLive(const Scenario &input, const config::LoadedHall &hall,
                                              const Options &options, LiveBackend::Options live, double speed,
                                              QString *error)
{
    const Scenario scenario = options.constantStaffing ? withConstantStaffing(input) : input;
    QElapsedTimer wall;
    wall.start();
    QSet<int> windows;
    for (const auto &entry : scenario.staffing)
        for (int w : entry.windows)
            windows.insert(w);
    live.windows = windows.values();
    std::sort(live.windows.begin(), live.windows.end());
    LiveBackend backend(hall.config, live);
    Summary summary;
    if (!backend.connectAll(std::chrono::seconds(30), error))
        return summary;

    // Simulated time starts a little before the day's first arrival or shift.
    QTime first = scenario.arrivalCurve.isEmpty() ? QTime(8, 0) : scenario.arrivalCurve.first().at;
    for (const auto &entry : scenario.staffing)
        for (const auto &h : entry.hours)
            first = std::min(first, h.start);
    const auto startOf = [&](const QDate &day) {
        return QDateTime(day, first, hall.config.calendar.timeZone).toMSecsSinceEpoch() - 60'000;
    };
    RealTimeScheduler scheduler(startOf(scenario.date), speed);
    DaySimulation simulation(scenario, hall.config, backend, scheduler);
    const int days = options.days > 0 ? options.days : 1;
    const quint64 seed = options.seed >= 0 ? quint64(options.seed) : scenario.seed;
    std::vector<DayOutcome> outcomes;
    QDate day = scenario.date;
    const engine::WorkingCalendar calendar(hall.config.calendar);
    for (int n = 0; n < days; ++n) {
        while (!calendar.isWorkday(day))
            day = day.addDays(1);
        scheduler.jumpTo(startOf(day));
        outcomes.push_back(simulation.run(day, seed * 1000003ULL + quint64(n)));
        summary.days.append(DayReport::build(outcomes.back(), hall.config));
        day = day.addDays(1);
    }
    std::vector<const TicketRecord *> all;
    for (const auto &o : outcomes)
        for (const auto &t : o.tickets)
            all.push_back(&t);
    summary.all = EstimateEvaluation::of(all);
    summary.seconds = double(wall.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace hallq::sim
