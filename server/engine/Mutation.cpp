#include "engine/Mutation.h"

using namespace Qt::StringLiterals;

namespace hallq::engine {

Mutation::Mutation(TicketIndex &tickets, std::map<int, WindowStatus> &windows, TicketNumbering &numbering,
                   qint64 &lastEventId, QDateTime at, QString actor)
    : m_tickets(tickets)
    , m_windows(windows)
    , m_numbering(numbering)
    , m_lastEventId(lastEventId)
    , m_at(std::move(at))
    , m_actor(std::move(actor))
{
}

template <class Row, class Key>
void Mutation::upsert(QList<Row> &rows, QHash<Key, qsizetype> &positions, const Key &key, const Row &row)
{
    const auto it = positions.constFind(key);
    if (it != positions.constEnd()) {
        rows[*it] = row;
        return;
    }
    positions.insert(key, rows.size());
    rows.append(row);
}

void Mutation::put(const Ticket &t)
{
    m_tickets.put(t);
    upsert(m_changes.tickets, m_ticketRows, t.id, t);
}

void Mutation::put(const WindowStatus &w)
{
    m_windows[w.number] = w;
    upsert(m_changes.windows, m_windowRows, w.number, w);
}

void Mutation::put(const SequenceCounter &c)
{
    m_numbering.put(c);
    const QString key = c.serviceId + u'@' + c.businessDay.toString(Qt::ISODate);
    upsert(m_changes.sequences, m_sequenceRows, key, c);
}

void Mutation::record(EventType type, int window, qint64 ticketId, QJsonObject detail)
{
    Event e;
    e.id = ++m_lastEventId;
    e.type = type;
    e.at = m_at;
    e.actor = m_actor;
    e.window = window;
    e.ticketId = ticketId;
    e.detail = std::move(detail);
    m_changes.events.append(std::move(e));
}

Operation Mutation::finish(const Ticket &ticket, const WindowStatus &window)
{
    return Operation{ticket, window, std::move(m_changes)};
}

} // namespace hallq::engine
