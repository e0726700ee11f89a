#pragma once

#include "engine/ManualClock.h"
#include "sim/Scheduler.h"

#include <queue>
#include <tuple>
#include <vector>

namespace hallq::sim {

// Discrete-event time: run() jumps the engine's ManualClock from one task to the next.
class VirtualScheduler : public Scheduler
{
public:
    explicit VirtualScheduler(engine::ManualClock &clock) : m_clock(clock) {}

    qint64 nowMs() const override { return m_clock.now().toMSecsSinceEpoch(); }
    void at(qint64 atMs, std::function<void()> task) override;
    void run(const std::function<bool()> &busy = {}) override; // the engine answers at once: never busy
    // Moves the clock without running anything (between days).
    void jumpTo(qint64 atMs);

private:
    struct Task
    {
        qint64 at;
        quint64 seq;
        std::function<void()> run;
        bool operator>(const Task &o) const { return std::tie(at, seq) > std::tie(o.at, o.seq); }
    };
    engine::ManualClock &m_clock;
    std::priority_queue<Task, std::vector<Task>, std::greater<Task>> m_tasks;
    quint64 m_seq = 0;
};

} // namespace hallq::sim
