#pragma once

#include "client/EventOrigin.h"

#include "protocol/Envelope.h"

#include <QList>
#include <QString>

#include <optional>

namespace hallq::client {

// Orders the server's event stream against subscribe replies. It remembers
// the resume position (epoch, last seq), drops what the client already has
// (seq at or below it), holds events that arrive before the subscribe reply
// (a server may replay first and answer after), and tells history from news:
// whatever the server had when it answered is Replayed, the rest is Live.
// Plain data, no I/O: HallSession feeds it.
class EventSequencer
{
public:
    struct Delivery
    {
        protocol::Envelope event;
        EventOrigin origin;
    };

    QString epoch() const { return m_epoch; }
    qint64 lastSeq() const { return m_lastSeq; }
    bool canResume() const { return !m_epoch.isEmpty(); }

    // Resume refused: the next subscribe asks for a snapshot.
    void forget();
    // A subscribe went out: hold events until its reply.
    void beginSubscribe();
    // The link is gone: held events are dropped (the resume will bring them again).
    void linkLost();
    // The subscribe reply. A snapshot (epoch, seq) resets the position to it.
    // Returns the held events still to deliver, in order, all Replayed.
    QList<Delivery> subscribed(qint64 replySeq, const std::optional<std::pair<QString, qint64>> &snapshot);
    // An event off the wire: its origin if it is to be delivered now, nullopt
    // if it is held or is a duplicate.
    std::optional<EventOrigin> accept(const protocol::Envelope &event);

private:
    enum class Phase { Idle, Subscribing, Streaming };

    bool take(const protocol::Envelope &event);

    Phase m_phase = Phase::Idle;
    QString m_epoch;
    qint64 m_lastSeq = 0;
    qint64 m_replayUpTo = 0;
    QList<protocol::Envelope> m_held;
};

} // namespace hallq::client
