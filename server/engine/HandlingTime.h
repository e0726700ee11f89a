#pragma once

#include "engine/HallHistory.h"
#include "engine/TicketIndex.h"

namespace hallq::engine {

// How long a called ticket holds its window (call → finish, or → no-show):
// a lognormal with a mean and coefficient of variation learned from the
// service's earlier days and today, starting from the configured prior.
struct HandlingTime
{
    double meanSeconds = 300;
    double cv = 0.8;

    // The prior counts as this many tickets, so the first few of a day move the mean but do not own it.
    static constexpr double kPriorWeight = 5;
    // Assumed spread while nothing is known (government counters: roughly exponential).
    static constexpr double kPriorCv = 0.8;

    static HandlingTime learned(double priorMeanSeconds, const HallHistory::Occupancy &past,
                                const TicketIndex::DayFigures &today);

    // Expected time still to go for a ticket that has held its window `elapsedSeconds` so far:
    // E[X − a | X > a] for the lognormal X. Long-running cases are expected to run on, not to end now.
    double remainingAfter(double elapsedSeconds) const;
};

} // namespace hallq::engine
