#include "net/EventHub.h"

#include "protocol/Envelope.h"

#include <QElapsedTimer>
#include <QUuid>

namespace hallq::net {

namespace {
const QString kCallType = QStringLiteral("event.call");
constexpr size_t kRecentCalls = 50;
} // namespace

EventHub::EventHub(size_t ringSize)
    : m_epoch(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_ringSize(ringSize)
{
}

void EventHub::publish(const QString &type, const QJsonObject &body, int window)
{
    protocol::Envelope envelope;
    envelope.type = type;
    envelope.seq = ++m_seq;
    envelope.body = body;
    // Serialised once, sent to everyone: fan-out cost is the socket writes only.
    const QString frame = QString::fromUtf8(protocol::serialize(envelope));
    m_ring.push_back({m_seq, window, frame});
    if (m_ring.size() > m_ringSize)
        m_ring.pop_front();
    if (type == kCallType) {
        m_recentCalls.push_back({type, body});
        if (m_recentCalls.size() > kRecentCalls)
            m_recentCalls.pop_front();
    }
    QElapsedTimer fanOut;
    fanOut.start();
    for (const auto &subscriber : std::as_const(m_subscribers))
        if (wants(subscriber.window, window))
            subscriber.send(frame);
    if (type == kCallType)
        m_callFanOut.observe(double(fanOut.nsecsElapsed()) / 1e9);
}

void EventHub::subscribe(quintptr id, Subscriber subscriber)
{
    m_subscribers.insert(id, std::move(subscriber));
}

void EventHub::unsubscribe(quintptr id)
{
    m_subscribers.remove(id);
}

bool EventHub::canResume(const QString &epoch, qint64 afterSeq) const
{
    if (epoch != m_epoch || afterSeq > m_seq || afterSeq < 0)
        return false;
    if (afterSeq == m_seq)
        return true;
    // The ring must still hold the first event the client missed.
    return !m_ring.empty() && m_ring.front().seq <= afterSeq + 1;
}

QList<QString> EventHub::framesAfter(qint64 afterSeq, int window) const
{
    QList<QString> frames;
    for (const auto &event : m_ring)
        if (event.seq > afterSeq && wants(window, event.window))
            frames.append(event.frame);
    return frames;
}

QList<QJsonObject> EventHub::recentBodies(const QString &type, int limit) const
{
    QList<QJsonObject> out;
    for (auto it = m_recentCalls.rbegin(); it != m_recentCalls.rend() && out.size() < limit; ++it)
        if (it->type == type)
            out.append(it->body);
    return out; // newest first
}

} // namespace hallq::net
