#include "sim/Distribution.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hallq::sim {

double Distribution::percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

Distribution Distribution::of(std::vector<double> values)
{
    Distribution d;
    if (values.empty())
        return d;
    std::sort(values.begin(), values.end());
    d.count = int(values.size());
    d.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    d.p50 = percentile(values, 50);
    d.p90 = percentile(values, 90);
    d.p99 = percentile(values, 99);
    d.max = values.back();
    return d;
}

} // namespace hallq::sim
