#pragma once

#include "sim/TicketRecord.h"

#include <vector>

namespace hallq::sim {

// How good the printed wait estimates were, against the naive formula
// (people ahead × mean handling ÷ open windows) on the same tickets: every
// ticket that was called and had both estimates when it was issued.
struct EstimateEvaluation
{
    static constexpr int kLateSeconds = 300; // "waited more than 5 minutes longer than promised"

    int tickets = 0;          // called tickets
    int compared = 0;         // ... with both estimates
    double maeSeconds = 0;    // the hall's estimate
    double naiveMaeSeconds = 0;
    double biasSeconds = 0;   // mean (actual − promised): > 0 under-promises
    double naiveBiasSeconds = 0;
    double lateShare = 0;     // waited > promised + 5 min
    double naiveLateShare = 0;
    int withEstimate = 0;     // called tickets the hall gave an estimate
    int naiveWithEstimate = 0;
    std::vector<double> computeMs;     // CPU time per estimate printed
    std::vector<double> computeWallMs; // wall time per estimate printed

    static EstimateEvaluation of(const std::vector<const TicketRecord *> &records);
    double maeRatio() const { return naiveMaeSeconds > 0 ? maeSeconds / naiveMaeSeconds : 0; }
    double lateRatio() const { return naiveLateShare > 0 ? lateShare / naiveLateShare : 0; }
};

} // namespace hallq::sim
