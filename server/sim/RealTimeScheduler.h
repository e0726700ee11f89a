#pragma once

#include "sim/Scheduler.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <queue>
#include <tuple>
#include <vector>

namespace hallq::sim {

// Simulated time running `speed` times faster than the wall clock, from
// `startMs`: a live run against the real server, where replies arrive from
// the event loop. run() returns when no task is left and nothing is awaited.
class RealTimeScheduler : public QObject, public Scheduler
{
    Q_OBJECT

public:
    RealTimeScheduler(qint64 startMs, double speed, QObject *parent = nullptr);

    qint64 nowMs() const override;
    void at(qint64 atMs, std::function<void()> task) override;
    void run(const std::function<bool()> &busy) override;
    // Moves simulated time forward (between days), keeping the speed.
    void jumpTo(qint64 atMs);

private:
    void arm();
    void fire();

    struct Task
    {
        qint64 at;
        quint64 seq;
        std::function<void()> run;
        bool operator>(const Task &o) const { return std::tie(at, seq) > std::tie(o.at, o.seq); }
    };
    qint64 m_startMs;
    double m_speed;
    QElapsedTimer m_wall;
    QTimer m_timer;
    std::priority_queue<Task, std::vector<Task>, std::greater<Task>> m_tasks;
    quint64 m_seq = 0;
};

} // namespace hallq::sim
