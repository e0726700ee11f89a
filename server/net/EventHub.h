#pragma once

#include "net/LatencyHistogram.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <deque>
#include <functional>

namespace hallq::net {

// The hall's event stream: every published event gets the next sequence
// number, is serialised once, kept in a bounded ring for resumption, and sent
// to every subscriber whose scope wants it. The epoch changes with each server
// start, so a client resuming across a restart gets a fresh snapshot instead.
class EventHub
{
public:
    struct Subscriber
    {
        int window = 0; // 0: the whole hall; N: a window-top screen for window N
        std::function<void(const QString &frame)> send;
    };
    struct Published
    {
        qint64 seq;
        int window; // 0: of interest to everyone; N: only hall scope and window N
        QString frame;
    };

    explicit EventHub(size_t ringSize = 20000);

    QString epoch() const { return m_epoch; }
    qint64 seq() const { return m_seq; }

    // `window` marks an event that only hall-scope subscribers and that
    // window's subscribers need (e.g. a ticket's state at window N).
    void publish(const QString &type, const QJsonObject &body, int window = 0);

    void subscribe(quintptr id, Subscriber subscriber);
    void unsubscribe(quintptr id);
    int subscriberCount() const { return int(m_subscribers.size()); }

    // Frames after `afterSeq` for a subscriber of `window` scope, or nullopt-like
    // false when the ring no longer holds them (or the epoch differs).
    bool canResume(const QString &epoch, qint64 afterSeq) const;
    QList<QString> framesAfter(qint64 afterSeq, int window) const;

    // How long sending each call ("event.call") to every subscriber took (/metrics).
    const LatencyHistogram &callFanOut() const { return m_callFanOut; }

    // Bodies of the most recent published calls ("event.call"), newest first.
    QList<QJsonObject> recentBodies(const QString &type, int limit) const;

private:
    static bool wants(int subscriberWindow, int eventWindow)
    {
        return subscriberWindow == 0 || eventWindow == 0 || subscriberWindow == eventWindow;
    }

    QString m_epoch;
    qint64 m_seq = 0;
    size_t m_ringSize;
    std::deque<Published> m_ring;
    struct Typed
    {
        QString type;
        QJsonObject body;
    };
    std::deque<Typed> m_recentCalls;
    QHash<quintptr, Subscriber> m_subscribers;
    LatencyHistogram m_callFanOut;
};

} // namespace hallq::net
