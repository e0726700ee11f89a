#include "storage/CounterRows.h"

#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace hallq::storage::rows {

using namespace hallq::storage::sql;
using engine::EventType;

namespace {

void openAttendance(StatementCache &statements, const engine::Event &e)
{
    // A window opened twice without a close in between (a restored database
    // from before this table existed) simply starts a new stint.
    QSqlQuery &q = statements.prepared(
        uR"(INSERT INTO attendance (opened_event, staff_id, window_no, login_at, logout_at, closed_event, logout_by)
            VALUES (:opened_event, :staff_id, :window_no, :login_at, NULL, NULL, NULL)
            ON CONFLICT (opened_event) DO NOTHING)"_s);
    bind(q, u"opened_event"_s, e.id);
    bind(q, u"staff_id"_s, text(e.detail.value(u"staffId"_s).toString(e.actor)));
    bind(q, u"window_no"_s, e.window);
    bind(q, u"login_at"_s, fromInstant(e.at));
    StatementCache::exec(q);
}

void closeAttendance(StatementCache &statements, const engine::Event &e)
{
    QSqlQuery &q = statements.prepared(
        uR"(UPDATE attendance SET logout_at = :logout_at, closed_event = :closed_event, logout_by = :logout_by
            WHERE window_no = :window_no AND logout_at IS NULL)"_s);
    bind(q, u"logout_at"_s, fromInstant(e.at));
    bind(q, u"closed_event"_s, e.id);
    bind(q, u"logout_by"_s, textOrNull(e.actor));
    bind(q, u"window_no"_s, e.window);
    StatementCache::exec(q);
}

} // namespace

void writeCounterRows(StatementCache &statements, const engine::ChangeSet &changes)
{
    for (const engine::Event &e : changes.events) {
        if (e.type == EventType::WindowOpened)
            openAttendance(statements, e);
        else if (e.type == EventType::WindowClosed)
            closeAttendance(statements, e);
    }
}

QString attendanceSelectSql()
{
    return u"SELECT opened_event, staff_id, window_no, login_at, logout_at, closed_event, logout_by FROM attendance"_s;
}

QString ratingSelectSql()
{
    return u"SELECT ticket_id, business_day, ticket_number, service_id, window_no, staff_id, level, reasons, "
           u"comment, rated_at FROM ratings"_s;
}

AttendanceRecord readAttendance(const QSqlQuery &q)
{
    AttendanceRecord a;
    a.openedEvent = q.value(u"opened_event"_s).toLongLong();
    a.staffId = q.value(u"staff_id"_s).toString();
    a.window = q.value(u"window_no"_s).toInt();
    a.loginAt = toInstant(q.value(u"login_at"_s));
    a.logoutAt = toInstant(q.value(u"logout_at"_s));
    a.closedEvent = q.value(u"closed_event"_s).toLongLong();
    a.logoutBy = q.value(u"logout_by"_s).toString();
    return a;
}

RatingRecord readRating(const QSqlQuery &q)
{
    RatingRecord r;
    r.ticketId = q.value(u"ticket_id"_s).toLongLong();
    r.businessDay = toDay(q.value(u"business_day"_s));
    r.ticketNumber = q.value(u"ticket_number"_s).toString();
    r.serviceId = q.value(u"service_id"_s).toString();
    r.window = q.value(u"window_no"_s).toInt();
    r.staffId = q.value(u"staff_id"_s).toString();
    r.level = q.value(u"level"_s).toInt();
    const QString reasons = q.value(u"reasons"_s).toString();
    if (!reasons.isEmpty())
        r.reasons = reasons.split(u',');
    r.comment = q.value(u"comment"_s).toString();
    r.at = toInstant(q.value(u"rated_at"_s));
    return r;
}

} // namespace hallq::storage::rows
