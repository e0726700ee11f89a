#pragma once

#include "config/LoadedHall.h"
#include "engine/ForwardWaitEstimator.h"
#include "sim/LiveBackend.h"
#include "sim/DayReport.h"
#include "sim/Scenario.h"

#include <QList>

namespace hallq::sim {

// A scenario run against the real engine on a virtual clock: each workday
// from the scenario's date, one after another on the same engine (so the
// estimator learns the hall as a server would), with a report per day.
class SimulationRun
{
public:
    struct Options
    {
        int days = 0;         // 0: the scenario's
        qint64 seed = -1;     // -1: the scenario's
        bool constantStaffing = false; // every staffed window works from its first to its last hour, no pauses
    };
    struct Summary
    {
        QList<DayReport> days;
        EstimateEvaluation all;     // every day
        EstimateEvaluation learned; // from the second day on (the estimator has seen a day)
        double seconds = 0;         // wall time of the run
    };

    static Summary run(const Scenario &scenario, const config::LoadedHall &hall, const Options &options);
    // The same days played against a running server over WebSockets, `speed`
    // simulated seconds per wall second (60: a hall day in about nine minutes).
    // Empty summary and `error` set when the sessions cannot log in.
    static Summary runLive(const Scenario &scenario, const config::LoadedHall &hall, const Options &options,
                           LiveBackend::Options live, double speed, QString *error);
    // The scenario with each window staffed without a break from its first to its last hour, no pauses.
    static Scenario withConstantStaffing(const Scenario &scenario);
};

} // namespace hallq::sim
