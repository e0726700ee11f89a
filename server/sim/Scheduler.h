#pragma once

#include <QtGlobal>
#include <functional>

namespace hallq::sim {

// Simulated time for the day model: virtual (as fast as the CPU allows) or
// scaled wall-clock time (live runs). Instants are epoch milliseconds.
class Scheduler
{
public:
    virtual ~Scheduler() = default;
    virtual qint64 nowMs() const = 0;
    // Runs `task` at `atMs` (at once if that has passed); tasks at the same
    // instant run in the order they were scheduled.
    virtual void at(qint64 atMs, std::function<void()> task) = 0;
    // Runs tasks until none is left and `busy` (replies still awaited) is false.
    virtual void run(const std::function<bool()> &busy) = 0;
};

} // namespace hallq::sim
