// SqliteStore's reads of the counter's records (attendance, ratings, one
// ticket's journal), kept apart from the core store.
#include "storage/CounterRows.h"
#include "storage/QueueRows.h"
#include "storage/SqlValues.h"
#include "storage/SqliteStore.h"

using namespace Qt::StringLiterals;

namespace hallq::storage {

namespace {

template <class Read>
auto collectRows(QSqlQuery &q, Read read) -> QList<decltype(read(q))>
{
    StatementCache::exec(q);
    QList<decltype(read(q))> rows;
    while (q.next())
        rows << read(q);
    q.finish(); // release the read snapshot: a cached statement must not pin the WAL
    return rows;
}

} // namespace

QList<AttendanceRecord> SqliteStore::attendance(const QDateTime &from, const QDateTime &to)
{
    QSqlQuery &q = m_statements.prepared(rows::attendanceSelectSql()
                                         + u" WHERE login_at >= :from AND login_at < :to ORDER BY login_at"_s);
    q.bindValue(u":from"_s, sql::fromInstant(from));
    q.bindValue(u":to"_s, sql::fromInstant(to));
    return collectRows(q, rows::readAttendance);
}

QList<RatingRecord> SqliteStore::ratings(const QDate &from, const QDate &to)
{
    QSqlQuery &q = m_statements.prepared(rows::ratingSelectSql()
                                         + u" WHERE business_day >= :from AND business_day <= :to ORDER BY rated_at"_s);
    q.bindValue(u":from"_s, sql::fromDay(from));
    q.bindValue(u":to"_s, sql::fromDay(to));
    return collectRows(q, rows::readRating);
}

QList<engine::Event> SqliteStore::ticketEvents(qint64 ticketId)
{
    QSqlQuery &q = m_statements.prepared(rows::eventTable().selectSql() + u" WHERE ticket_id = :ticket ORDER BY id"_s);
    q.bindValue(u":ticket"_s, ticketId);
    return collectRows(q, rows::readEvent);
}

} // namespace hallq::storage
