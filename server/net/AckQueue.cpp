#include "net/AckQueue.h"

namespace hallq::net {

void AckQueue::whenDurable(quint64 needs, Action action)
{
    // Keep order even for already-durable work: something queued earlier may
    // still be waiting, and a reply must never overtake an earlier one.
    m_actions.emplace_back(needs, std::move(action));
    if (!m_running)
        durableUpTo(m_durable);
}

void AckQueue::durableUpTo(quint64 upTo)
{
    if (upTo > m_durable)
        m_durable = upTo;
    if (m_running)
        return; // an action queued more work; the outer loop picks it up
    m_running = true;
    while (!m_actions.empty() && m_actions.front().first <= m_durable) {
        Action action = std::move(m_actions.front().second);
        m_actions.pop_front();
        action();
    }
    m_running = false;
}

} // namespace hallq::net
