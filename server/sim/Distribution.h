#pragma once

#include <vector>

namespace hallq::sim {

// Summary of a sample: count, mean and nearest-rank percentiles.
struct Distribution
{
    int count = 0;
    double mean = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;

    static Distribution of(std::vector<double> values);
    static double percentile(const std::vector<double> &sorted, double p);
};

} // namespace hallq::sim
