#pragma once

#include <chrono>
#include <functional>

namespace hallq::client {

// Delays between reconnect attempts: exponential (initial, doubling up to max),
// with jitter so that every board in a hall does not hit a restarted server in
// the same millisecond. The jitter only shortens a delay, so max is a real cap.
class ReconnectBackoff
{
public:
    // Uniform random number in [0, 1); injectable so tests are deterministic.
    using Random = std::function<double()>;

    ReconnectBackoff(std::chrono::milliseconds initial = std::chrono::milliseconds(250),
                     std::chrono::milliseconds max = std::chrono::seconds(10), double jitter = 0.25);

    void setRandom(Random random);
    void setRange(std::chrono::milliseconds initial, std::chrono::milliseconds max);
    // Fraction (0..1) of a delay that jitter may take away.
    void setJitter(double jitter);

    // The delay before the next attempt; counts the attempt and doubles the base.
    std::chrono::milliseconds next();
    // After a successful connection: the next failure starts from `initial` again.
    void reset();
    int attempts() const { return m_attempts; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_max;
    double m_jitter;
    Random m_random;
    int m_attempts = 0;
};

} // namespace hallq::client
