#pragma once

#include <QList>
#include <QtGlobal>
#include <random>

namespace hallq::sim {

// The simulator's only source of chance: one seeded generator, with the
// distributions written out here so a seed gives the same day everywhere
// (the standard library's distributions differ between implementations).
class SimRandom
{
public:
    explicit SimRandom(quint64 seed) : m_engine(seed) {}

    double uniform(); // [0, 1)
    double uniform(double min, double max) { return min + (max - min) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean);
    // Lognormal with the given mean and coefficient of variation.
    double lognormal(double mean, double cv);
    // An index drawn in proportion to the weights (all ≥ 0, some > 0).
    int pick(const QList<double> &weights);

private:
    double normal();
    std::mt19937_64 m_engine;
};

} // namespace hallq::sim
