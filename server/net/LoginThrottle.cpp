#include "net/LoginThrottle.h"

#include <algorithm>

namespace hallq::net {

namespace {
// Longer than the delay before a failure is answered, so the lock is felt.
constexpr qint64 kFirstLockMs = 5000;
// How long to come back when the free attempts are all being checked.
constexpr qint64 kPendingRetryMs = 1000;
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
    const qint64 locked = std::max<qint64>(0, it->lockedUntilMs - nowMs);
    if (locked > 0)
        return locked;
    return it->pending > 0 && it->failures + it->pending >= m_free ? kPendingRetryMs : 0;
}

void LoginThrottle::begin(const QString &staffId)
{
    ++m_records[staffId].pending;
}

void LoginThrottle::forgetOld(qint64 nowMs)
{
    m_records.removeIf([nowMs](const auto &it) {
        const Record &r = it.value();
        return r.pending == 0 && r.lockedUntilMs <= nowMs && nowMs - r.lastFailureMs > kForgetAfterMs;
    });
}

void LoginThrottle::finish(const QString &staffId, bool succeeded, qint64 nowMs)
{
    Record &r = m_records[staffId];
    r.pending = std::max(0, r.pending - 1);
    if (succeeded) {
        r.failures = 0;
        r.lockedUntilMs = 0;
    } else {
        ++r.failures;
        r.lastFailureMs = nowMs;
        if (r.failures >= m_free) {
            const int doublings = std::min(r.failures - m_free, 20);
            r.lockedUntilMs = nowMs + std::min<qint64>(m_maxDelayMs, kFirstLockMs << doublings);
        }
    }
    if (r.pending == 0 && r.failures == 0)
        m_records.remove(staffId);
    if (m_records.size() > kSweepAbove)
        forgetOld(nowMs);
}

} // namespace hallq::net
