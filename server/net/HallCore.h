#pragma once

#include "engine/Engine.h"
#include "net/AckQueue.h"
#include "net/EventHub.h"
#include "net/InfoBuilder.h"
#include "net/LatencyHistogram.h"
#include "storage/DurableWriter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <functional>

namespace hallq::net {

// Where the engine meets durability: a successful operation's ChangeSet goes
// to the writer, and only once it is on disk are its events published and its
// reply released. Reads are released after everything they could have seen
// is durable, so no client ever sees a state that a crash could take back.
class HallCore : public QObject
{
    Q_OBJECT
public:
    HallCore(engine::Engine &engine, storage::DurableWriter &writer, EventHub &hub, QObject *parent = nullptr);

    engine::Engine &engine() { return m_engine; }
    const engine::Engine &engine() const { return m_engine; }
    EventHub &hub() { return m_hub; }
    InfoBuilder info() const { return InfoBuilder(m_engine, m_staffNames); }
    void rememberStaffName(const QString &staffId, const QString &name) { m_staffNames.insert(staffId, name); }

    // Makes `op` durable, then publishes its events, then runs `then`.
    void commit(const engine::Operation &op, std::function<void()> then);
    // Runs `then` once everything submitted so far is durable.
    void afterPending(std::function<void()> then);
    // Publishes events that need no durable change (e.g. a service opening for the day).
    void publishServiceStates();

    // A ticket as last made durable, by its status-page token: what the public
    // page shows, so it never runs ahead of the disk. nullptr if unknown.
    const engine::Ticket *durableTicket(const QString &token) const;
    // Tickets known to be on disk already (restored at start).
    void rememberDurable(const QList<engine::Ticket> &tickets);
    // Drops durable copies of earlier business days (housekeeping).
    void forgetDurableBefore(const QDate &day);

    const LatencyHistogram &ackLatency() const { return m_ackLatency; }
    quint64 operationsCommitted() const { return m_committed; }
    // Since the server started, from the events it committed (Prometheus counters).
    quint64 issuedCount(const QString &serviceId) const { return m_issued.value(serviceId); }
    quint64 servedCount(const QString &serviceId) const { return m_served.value(serviceId); }
    bool failed() const { return m_failed; }

signals:
    void storageFailed(const QString &message);

private:
    struct PendingEvent
    {
        QString type;
        QJsonObject body;
        int window;
    };
    QList<PendingEvent> eventsFor(const engine::Operation &op) const;
    void countTickets(const engine::Operation &op);

    engine::Engine &m_engine;
    storage::DurableWriter &m_writer;
    EventHub &m_hub;
    AckQueue m_acks;
    QHash<QString, QString> m_staffNames;
    QHash<QString, bool> m_serviceOpen;
    QHash<QString, engine::Ticket> m_durableByToken;
    QHash<QString, quint64> m_issued;
    QHash<QString, quint64> m_served;
    LatencyHistogram m_ackLatency;
    QElapsedTimer m_clock;
    quint64 m_committed = 0;
    bool m_failed = false;
};

} // namespace hallq::net
