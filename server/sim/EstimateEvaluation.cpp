#include "sim/EstimateEvaluation.h"

#include <cmath>

namespace hallq::sim {

EstimateEvaluation EstimateEvaluation::of(const std::vector<const TicketRecord *> &records)
{
    EstimateEvaluation e;
    double err = 0, naiveErr = 0, bias = 0, naiveBias = 0;
    int late = 0, naiveLate = 0;
    for (const TicketRecord *r : records) {
        if (r->estimateNs >= 0)
            e.computeMs.push_back(double(r->estimateNs) / 1e6);
        if (r->estimateWallNs >= 0)
            e.computeWallMs.push_back(double(r->estimateWallNs) / 1e6);
        if (r->firstCalledMs < 0)
            continue;
        ++e.tickets;
        e.withEstimate += r->estimateSeconds >= 0;
        e.naiveWithEstimate += r->naiveSeconds >= 0;
        if (r->estimateSeconds < 0 || r->naiveSeconds < 0)
            continue;
        ++e.compared;
        const double actual = double(r->waitMs()) / 1000.0;
        err += std::abs(actual - r->estimateSeconds);
        naiveErr += std::abs(actual - r->naiveSeconds);
        bias += actual - r->estimateSeconds;
        naiveBias += actual - r->naiveSeconds;
        late += actual > r->estimateSeconds + kLateSeconds;
        naiveLate += actual > r->naiveSeconds + kLateSeconds;
    }
    if (e.compared > 0) {
        e.maeSeconds = err / e.compared;
        e.naiveMaeSeconds = naiveErr / e.compared;
        e.biasSeconds = bias / e.compared;
        e.naiveBiasSeconds = naiveBias / e.compared;
        e.lateShare = double(late) / e.compared;
        e.naiveLateShare = double(naiveLate) / e.compared;
    }
    return e;
}

} // namespace hallq::sim
