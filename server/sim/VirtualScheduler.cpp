#include "sim/VirtualScheduler.h"

#include <algorithm>

namespace hallq::sim {

void VirtualScheduler::at(qint64 atMs, std::function<void()> task)
{
    m_tasks.push({std::max(atMs, nowMs()), m_seq++, std::move(task)});
}

void VirtualScheduler::run(const std::function<bool()> &)
{
    while (!m_tasks.empty()) {
        Task task = m_tasks.top();
        m_tasks.pop();
        if (task.at > nowMs())
            m_clock.set(QDateTime::fromMSecsSinceEpoch(task.at, Qt::UTC));
        task.run();
    }
}

void VirtualScheduler::jumpTo(qint64 atMs)
{
    if (atMs > nowMs())
        m_clock.set(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
}

} // namespace hallq::sim
