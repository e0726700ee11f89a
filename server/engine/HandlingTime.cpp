#include "engine/HandlingTime.h"

#include <algorithm>
#include <cmath>

namespace hallq::engine {

namespace {

double normalTail(double z) // P(Z > z)
{
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

} // namespace

HandlingTime HandlingTime::learned(double priorMeanSeconds, const HallHistory::Occupancy &past,
                                   const TicketIndex::DayFigures &today)
{
    const double prior = std::max(1.0, priorMeanSeconds);
    const double n = kPriorWeight + past.count + today.left;
    const double sum = kPriorWeight * prior + past.sumSeconds + double(today.occupiedMs) / 1000.0;
    const double sumSquared = kPriorWeight * prior * prior * (1 + kPriorCv * kPriorCv) + past.sumSquaredSeconds +
                              double(today.occupiedSquaredS);
    HandlingTime h;
    h.meanSeconds = std::max(1.0, sum / n);
    const double variance = std::max(0.0, sumSquared / n - h.meanSeconds * h.meanSeconds);
    h.cv = std::clamp(std::sqrt(variance) / h.meanSeconds, 0.1, 3.0);
    return h;
}

double HandlingTime::remainingAfter(double elapsedSeconds) const
{
    if (elapsedSeconds <= 0)
        return meanSeconds;
    const double sigma2 = std::log(1 + cv * cv);
    const double sigma = std::sqrt(sigma2);
    const double mu = std::log(meanSeconds) - sigma2 / 2;
    const double z = (std::log(elapsedSeconds) - mu) / sigma;
    const double survive = normalTail(z);
    if (survive < 1e-9) // far beyond anything seen: assume it ends within a tenth of a mean
        return 0.1 * meanSeconds;
    // E[X; X > a] = mean × P(Z > z − σ)
    const double partial = meanSeconds * normalTail(z - sigma);
    return std::max(0.0, partial / survive - elapsedSeconds);
}

} // namespace hallq::engine
