#include "net/RateLimiter.h"

#include <algorithm>

namespace hallq::net {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(ratePerSecond), m_burst(burst), m_tokens(burst)
{
}

bool RateLimiter::allow(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
    m_lastMs = std::max(m_lastMs, nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace hallq::net
