#include "net/HallCore.h"

#include "net/NetLog.h"
#include "protocol/MessageTable.h"

#include <QSet>

namespace hallq::net {

using engine::EventType;

HallCore::HallCore(engine::Engine &engine, storage::DurableWriter &writer, EventHub &hub, QObject *parent)
    : QObject(parent), m_engine(engine), m_writer(writer), m_hub(hub)
{
    m_clock.start();
    connect(&m_writer, &storage::DurableWriter::durable, this, [this](quint64 upTo) { m_acks.durableUpTo(upTo); });
    connect(&m_writer, &storage::DurableWriter::failed, this, [this](const QString &message) {
        // Nothing more can be acknowledged; the process must restart from disk.
        m_failed = true;
        qCCritical(lcNet) << "storage failed, no further acknowledgements:" << message;
        emit storageFailed(message);
    });
    for (const auto &service : m_engine.config().services)
        m_serviceOpen.insert(service.id, m_engine.availability(service.id).open);
}

void HallCore::commit(const engine::Operation &op, std::function<void()> then)
{
    QList<PendingEvent> events = eventsFor(op);
    const qint64 started = m_clock.nsecsElapsed();
    const quint64 seq = m_writer.submit(op.changes);
    if (seq == 0) {
        // The writer has failed: nothing may be acknowledged any more.
        if (!m_failed) {
            m_failed = true;
            emit storageFailed(QStringLiteral("the writer refused a change"));
        }
        return;
    }
    countTickets(op); // only what the writer accepted
    ++m_committed;
    m_acks.whenDurable(seq, [this, events = std::move(events), tickets = op.changes.tickets, then = std::move(then),
                              started] {
        m_ackLatency.observe(double(m_clock.nsecsElapsed() - started) / 1e9);
        for (const auto &t : tickets)
            if (!t.token.isEmpty())
                m_durableByToken.insert(t.token, t);
        for (const auto &event : events)
            m_hub.publish(event.type, event.body, event.window);
        then();
    });
}

const engine::Ticket *HallCore::durableTicket(const QString &token) const
{
    const auto it = m_durableByToken.constFind(token);
    return it == m_durableByToken.constEnd() ? nullptr : &*it;
}

void HallCore::rememberDurable(const QList<engine::Ticket> &tickets)
{
    for (const auto &t : tickets)
        if (!t.token.isEmpty())
            m_durableByToken.insert(t.token, t);
}

void HallCore::forgetDurableBefore(const QDate &day)
{
    m_durableByToken.removeIf([&day](const auto &it) { return it.value().businessDay < day; });
}

void HallCore::afterPending(std::function<void()> then)
{
    m_acks.whenDurable(m_writer.lastSubmitted(), std::move(then));
}

void HallCore::publishServiceStates()
{
    const InfoBuilder builder = info();
    for (const auto &service : m_engine.config().services) {
        const bool open = m_engine.availability(service.id).open;
        if (m_serviceOpen.value(service.id) == open)
            continue;
        m_serviceOpen.insert(service.id, open);
        protocol::ServiceEvent event{builder.service(service)};
        afterPending([this, event] { m_hub.publish(QString(protocol::EventTraits<protocol::ServiceEvent>::name()), protocol::encode(event)); });
    }
}

void HallCore::countTickets(const engine::Operation &op)
{
    for (const auto &e : op.changes.events) {
        if (e.type != EventType::Issued && e.type != EventType::Finished)
            continue;
        for (const auto &t : op.changes.tickets)
            if (t.id == e.ticketId) {
                ++(e.type == EventType::Issued ? m_issued : m_served)[t.serviceId];
                break;
            }
    }
}

QList<HallCore::PendingEvent> HallCore::eventsFor(const engine::Operation &op) const
{
    const InfoBuilder builder = info();
    QList<PendingEvent> out;
    QSet<QString> services;
    QHash<qint64, const engine::Ticket *> tickets;
    for (const auto &t : op.changes.tickets)
        tickets.insert(t.id, &t); // the last row of a ticket is its state after the operation

    for (const auto &e : op.changes.events) {
        const engine::Ticket *t = e.ticketId ? tickets.value(e.ticketId) : nullptr;
        if (!t)
            continue;
        services.insert(t->serviceId);
        const auto from = e.detail.value(QStringLiteral("fromService")).toString();
        if (!from.isEmpty())
            services.insert(from);
        // A call goes out before the ticket's own event: with a thousand boards
        // subscribed, each event's fan-out takes milliseconds, and the call is
        // what the hall is waiting to see and hear.
        if (e.type == EventType::Called || e.type == EventType::Recalled || e.type == EventType::Unparked) {
            const int recall = e.type == EventType::Recalled ? t->recallCount : 0;
            protocol::CallEvent call{builder.call(*t, e.window, recall, e.at)};
            out.append({QString(protocol::EventTraits<protocol::CallEvent>::name()), protocol::encode(call), e.window});
        }
        protocol::TicketEvent ticketEvent{engine::toString(e.type), builder.ticket(*t)};
        out.append({QString(protocol::EventTraits<protocol::TicketEvent>::name()), protocol::encode(ticketEvent), e.window});
    }
    // A window that opens, closes, pauses or resumes changes the estimates of
    // every service it serves; calling and serving change only the ticket's.
    bool staffingChanged = false;
    for (const auto &e : op.changes.events)
        staffingChanged |= e.type == EventType::WindowOpened || e.type == EventType::WindowClosed
                           || e.type == EventType::WindowPaused || e.type == EventType::WindowResumed;
    for (const auto &w : op.changes.windows) {
        protocol::WindowEvent windowEvent{builder.window(w)};
        out.append({QString(protocol::EventTraits<protocol::WindowEvent>::name()), protocol::encode(windowEvent), w.number});
        if (const auto *config = staffingChanged ? m_engine.config().window(w.number) : nullptr)
            for (const auto &entry : config->profile)
                services.insert(entry.serviceId);
    }
    for (const auto &serviceId : std::as_const(services)) {
        protocol::QueueEvent queueEvent{builder.queue(serviceId)};
        out.append({QString(protocol::EventTraits<protocol::QueueEvent>::name()), protocol::encode(queueEvent), 0});
    }
    return out;
}

} // namespace hallq::net
