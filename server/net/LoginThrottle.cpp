#include "net/LoginThrottle.h"

#include <algorithm>

namespace hallq::net {

namespace {
// Longer than the delay before a failure is answered, so the lock is felt.
constexpr qint64 kFirstLockMs = 5000;
} // namespace

LoginThrottle::LoginThrottle(int freeAttempts, qint64 maxDelayMs) : m_free(freeAttempts), m_maxDelayMs(maxDelayMs) {}

qint64 LoginThrottle::retryAfterMs(const QString &staffId, qint64 nowMs) const
{
    const auto it = m_records.constFind(staffId);
    if (it == m_records.cend())
        return 0;
    return std::max<qint64>(0, it->lockedUntilMs - nowMs);
}

void LoginThrottle::failed(const QString &staffId, qint64 nowMs)
{
    Record &r = m_records[staffId];
    ++r.failures;
    if (r.failures >= m_free) {
        const int doublings = std::min(r.failures - m_free, 20);
        r.lockedUntilMs = nowMs + std::min<qint64>(m_maxDelayMs, kFirstLockMs << doublings);
    }
}

void LoginThrottle::succeeded(const QString &staffId)
{
    m_records.remove(staffId);
}

} // namespace hallq::net
