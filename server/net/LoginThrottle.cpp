#include "net/LoginThrottle.h"

#include <algorithm>

namespace hallq::net {

namespace {
// Longer than the delay before a failure is answered, so the lock is felt.
constexpr qint64 kFirstLockMs = 5000;
// Failures this old are forgotten, and the table is swept when it grows, so
// guessing random staff ids cannot grow it without end.
constexpr qint64 kForgetAfterMs = 15 * 60 * 1000;
constexpr int kSweepAbove = 1000;
} // namespace

LoginThrottle::LoginThrottle(int freeAttempts, qint64 maxDelayMs) : m_free(freeAttempts), m_maxDelayMs(maxDelayMs) {}

qint64 LoginThrottle::retryAfterMs(const QString &staffId, qint64 nowMs) const
{
    const auto it = m_records.constFind(staffId);
    if (it == m_records.cend())
        return 0;
    return std::max<qint64>(0, it->lockedUntilMs - nowMs);
}

void LoginThrottle::forgetOld(qint64 nowMs)
{
    m_records.removeIf([nowMs](const auto &it) {
        return it.value().lockedUntilMs <= nowMs && nowMs - it.value().lastFailureMs > kForgetAfterMs;
    });
}

void LoginThrottle::failed(const QString &staffId, qint64 nowMs)
{
    if (m_records.size() > kSweepAbove)
        forgetOld(nowMs);
    Record &r = m_records[staffId];
    ++r.failures;
    r.lastFailureMs = nowMs;
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
