#pragma once

#include <QtGlobal>

namespace hallq::net {

// Token bucket: `ratePerSecond` sustained, `burst` at once. Time comes in as
// a monotonic millisecond count so tests can drive it.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst);
    // True and one token spent if a message may pass at `nowMs`.
    bool allow(qint64 nowMs);

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};

} // namespace hallq::net
