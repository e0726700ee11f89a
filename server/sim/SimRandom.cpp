#include "sim/SimRandom.h"

#include <cmath>
#include <numbers>

namespace hallq::sim {

double SimRandom::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

double SimRandom::exponential(double mean)
{
    return -mean * std::log(1.0 - uniform());
}

double SimRandom::normal()
{
    // Box–Muller; the second value is dropped to keep the stream simple.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
}

double SimRandom::lognormal(double mean, double cv)
{
    if (cv <= 0)
        return mean;
    const double sigma2 = std::log(1 + cv * cv);
    const double mu = std::log(mean) - sigma2 / 2;
    return std::exp(mu + std::sqrt(sigma2) * normal());
}

int SimRandom::pick(const QList<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double x = uniform() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (x < weights[i])
            return int(i);
        x -= weights[i];
    }
    return int(weights.size()) - 1;
}

} // namespace hallq::sim
