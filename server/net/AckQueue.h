#pragma once

#include <QtGlobal>
#include <deque>
#include <functional>

namespace hallq::net {

// Holds back replies and event fan-out until the writer says the changes they
// depend on are durable. Actions run in the order they were queued, so
// clients see acknowledgements and events in engine order.
class AckQueue
{
public:
    using Action = std::function<void()>;
    // Runs `action` once everything up to writer sequence `needs` is durable
    // (at once if it already is).
    void whenDurable(quint64 needs, Action action);
    // The writer reports progress; runs every action that is now due.
    void durableUpTo(quint64 upTo);
    quint64 durable() const { return m_durable; }
    size_t pending() const { return m_actions.size(); }

private:
    std::deque<std::pair<quint64, Action>> m_actions;
    quint64 m_durable = 0;
    bool m_running = false;
};

} // namespace hallq::net
