#pragma once

#include "engine/Enums.h"
#include "engine/Operation.h"
#include "engine/TicketIndex.h"
#include "engine/TicketNumbering.h"

#include <QHash>
#include <QJsonObject>
#include <map>

namespace hallq::engine {

// One successful operation in progress: writes each new row into the live
// state and records it (latest row wins) with the operation's events in the
// ChangeSet. Created only after every check has passed, so an operation that
// fails never touches the state.
class Mutation
{
public:
    Mutation(TicketIndex &tickets, std::map<int, WindowStatus> &windows, TicketNumbering &numbering,
             qint64 &lastEventId, QDateTime at, QString actor);

    const QDateTime &at() const { return m_at; }

    void put(const Ticket &t);
    void put(const WindowStatus &w);
    void put(const SequenceCounter &c);
    // Journals one transition; event ids continue from lastEventId.
    void record(EventType type, int window, qint64 ticketId, QJsonObject detail = {});

    Operation finish(const Ticket &ticket, const WindowStatus &window);

private:
    template <class Row, class Key>
    static void upsert(QList<Row> &rows, QHash<Key, qsizetype> &positions, const Key &key, const Row &row);

    TicketIndex &m_tickets;
    std::map<int, WindowStatus> &m_windows;
    TicketNumbering &m_numbering;
    qint64 &m_lastEventId;
    QDateTime m_at;
    QString m_actor;
    ChangeSet m_changes;
    QHash<qint64, qsizetype> m_ticketRows;
    QHash<int, qsizetype> m_windowRows;
    QHash<QString, qsizetype> m_sequenceRows;
};

} // namespace hallq::engine
