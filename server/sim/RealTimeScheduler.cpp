#include "sim/RealTimeScheduler.h"

#include <QEventLoop>
#include <algorithm>
#include <cmath>

namespace hallq::sim {

RealTimeScheduler::RealTimeScheduler(qint64 startMs, double speed, QObject *parent)
    : QObject(parent), m_startMs(startMs), m_speed(std::max(0.001, speed))
{
    m_wall.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RealTimeScheduler::fire);
}

qint64 RealTimeScheduler::nowMs() const
{
    return m_startMs + qint64(double(m_wall.elapsed()) * m_speed);
}

void RealTimeScheduler::at(qint64 atMs, std::function<void()> task)
{
    m_tasks.push({std::max(atMs, nowMs()), m_seq++, std::move(task)});
    arm();
}

void RealTimeScheduler::jumpTo(qint64 atMs)
{
    const qint64 now = nowMs();
    if (atMs > now)
        m_startMs += atMs - now;
}

void RealTimeScheduler::arm()
{
    if (m_tasks.empty())
        return;
    const double wallMs = double(m_tasks.top().at - nowMs()) / m_speed;
    m_timer.start(int(std::clamp(std::ceil(wallMs), 0.0, 3'600'000.0)));
}

void RealTimeScheduler::fire()
{
    while (!m_tasks.empty() && m_tasks.top().at <= nowMs()) {
        Task task = m_tasks.top();
        m_tasks.pop();
        task.run();
    }
    arm();
}

void RealTimeScheduler::run(const std::function<bool()> &busy)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(100);
    connect(&check, &QTimer::timeout, &loop, [&] {
        if (m_tasks.empty() && !(busy && busy()))
            loop.quit();
    });
    check.start();
    arm();
    loop.exec();
}

} // namespace hallq::sim
