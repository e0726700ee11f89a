#pragma once

#include <QHash>
#include <QString>

namespace hallq::net {

// Slows down password guessing per staff id: after `freeAttempts` failures,
// each further attempt must wait twice as long as the last (5 s, 10 s, 20 s …
// capped), and a success clears the record. Time is passed in (ms).
class LoginThrottle
{
public:
    explicit LoginThrottle(int freeAttempts = 3, qint64 maxDelayMs = 60000);
    // 0 when an attempt may be checked now, else how long to wait.
    qint64 retryAfterMs(const QString &staffId, qint64 nowMs) const;
    void failed(const QString &staffId, qint64 nowMs);
    void succeeded(const QString &staffId);

private:
    struct Record
    {
        int failures = 0;
        qint64 lockedUntilMs = 0;
        qint64 lastFailureMs = 0;
    };
    void forgetOld(qint64 nowMs);
    int m_free;
    qint64 m_maxDelayMs;
    QHash<QString, Record> m_records;
};

} // namespace hallq::net
