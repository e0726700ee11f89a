#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>

// Runs the event loop until `done()` holds, re-checking each time `sender`
// emits `signal` (so connect recorders before calling); false on timeout.
// The signal is what synchronises; the timer only bounds a failing test.
template <class Sender, class Signal>
bool waitForSignal(const Sender *sender, Signal signal, const std::function<bool()> &done, int timeoutMs = 10000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}
