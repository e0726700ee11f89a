#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace hallq::client::test {

// QTRY-style wait: run the event loop until `done()` holds or the deadline
// passes. Returns done()'s final value, so a test asserts on it and a missed
// condition fails instead of hanging. A 5 ms tick only bounds how long one
// WaitForMoreEvents may block; the condition is what synchronises.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick;
    tick.start(5);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return done();
}

} // namespace hallq::client::test
