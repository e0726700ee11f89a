#include "client/EventSequencer.h"

#include "client/ClientLog.h"

#include <algorithm>

namespace hallq::client {

void EventSequencer::forget()
{
    m_epoch.clear();
    m_lastSeq = 0;
}

void EventSequencer::beginSubscribe()
{
    m_phase = Phase::Subscribing;
    m_held.clear();
}

void EventSequencer::linkLost()
{
    m_phase = Phase::Idle;
    m_held.clear();
}

QList<EventSequencer::Delivery> EventSequencer::subscribed(qint64 replySeq,
                                                            const std::optional<std::pair<QString, qint64>> &snapshot)
{
    if (snapshot) {
        m_epoch = snapshot->first;
        m_lastSeq = snapshot->second;
    }
    // Everything the server already had when it answered is history, even if
    // it is still on its way to us; only what happens after is live.
    m_replayUpTo = std::max(replySeq, m_lastSeq);
    m_phase = Phase::Streaming;
    QList<Delivery> out;
    for (const protocol::Envelope &event : std::exchange(m_held, {})) {
        if (take(event))
            out.append({event, EventOrigin::Replayed});
    }
    return out;
}

std::optional<EventOrigin> EventSequencer::accept(const protocol::Envelope &event)
{
    switch (m_phase) {
    case Phase::Subscribing:
        m_held.append(event); // ordered against the snapshot once the reply is in
        return std::nullopt;
    case Phase::Idle:
        qCDebug(lcClient) << "event outside a subscription dropped:" << event.type << event.seq;
        return std::nullopt;
    case Phase::Streaming:
        break;
    }
    if (!take(event))
        return std::nullopt;
    return event.seq <= m_replayUpTo ? EventOrigin::Replayed : EventOrigin::Live;
}

bool EventSequencer::take(const protocol::Envelope &event)
{
    if (event.seq <= m_lastSeq)
        return false; // in the snapshot already, or seen before a reconnect
    m_lastSeq = event.seq;
    return true;
}

} // namespace hallq::client
