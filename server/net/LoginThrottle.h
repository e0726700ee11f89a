#pragma once

#include <QHash>
#include <QString>

namespace hallq::net {

// Slows down password guessing per staff id. After `freeAttempts` failures,
// each further attempt must wait twice as long as the last (5 s, 10 s, 20 s …
// capped); a success clears the failures. Checks still running count against
// the free attempts, so guesses sent in parallel cannot slip past the lock.
// Time is passed in (ms).
class LoginThrottle
{
public:
    explicit LoginThrottle(int freeAttempts = 3, qint64 maxDelayMs = 60000);
    // 0 when an attempt may be checked now, else how long to wait.
    qint64 retryAfterMs(const QString &staffId, qint64 nowMs) const;
    // A check starts / ends.
    void begin(const QString &staffId);
    void finish(const QString &staffId, bool succeeded, qint64 nowMs);

private:
    struct Record
    {
        int failures = 0;
        int pending = 0;
        qint64 lockedUntilMs = 0;
        qint64 lastFailureMs = 0;
    };
    void forgetOld(qint64 nowMs);

    int m_free;
    qint64 m_maxDelayMs;
    QHash<QString, Record> m_records;
};

} // namespace hallq::net
