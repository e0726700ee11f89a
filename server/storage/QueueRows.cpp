#include "storage/QueueRows.h"

#include "storage/SqlValues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hallq::storage::rows {

using namespace hallq::engine;
using namespace hallq::storage::sql;

// ---- tickets ---------------------------------------------------------------

const TableSpec &ticketTable()
{
    static const TableSpec spec{u"tickets"_s,
        {u"id"_s, u"token"_s, u"service_id"_s, u"business_day"_s, u"sequence"_s, u"number"_s,
         u"ticket_class"_s, u"state"_s, u"issued_at"_s, u"queue_order"_s, u"issue_order"_s, u"identity_hash"_s,
         u"identity_masked"_s, u"issued_by"_s, u"slot_start"_s, u"slot_end"_s, u"helper"_s,
         u"target_window"_s, u"window_no"_s, u"first_window"_s, u"recall_count"_s,
         u"transfer_count"_s, u"bypass_count"_s, u"called_at"_s, u"serving_at"_s,
         u"finished_at"_s, u"case_type"_s, u"outcome"_s, u"note"_s},
        {u"id"_s}};
    return spec;
}

void bindTicket(QSqlQuery &q, const Ticket &t)
{
    bind(q, u"id"_s, t.id);
    bind(q, u"token"_s, textOrNull(t.token));
    bind(q, u"service_id"_s, text(t.serviceId));
    bind(q, u"business_day"_s, fromDay(t.businessDay));
    bind(q, u"sequence"_s, t.sequence);
    bind(q, u"number"_s, text(t.number));
    bind(q, u"ticket_class"_s, toString(t.ticketClass));
    bind(q, u"state"_s, toString(t.state));
    bind(q, u"issued_at"_s, fromInstant(t.issuedAt));
    bind(q, u"queue_order"_s, t.order);
    bind(q, u"issue_order"_s, t.issueOrder);
    bind(q, u"identity_hash"_s, textOrNull(t.identityHash));
    bind(q, u"identity_masked"_s, textOrNull(t.identityMasked));
    bind(q, u"issued_by"_s, textOrNull(t.issuedBy));
    bind(q, u"slot_start"_s, fromInstant(t.slotStart));
    bind(q, u"slot_end"_s, fromInstant(t.slotEnd));
    bind(q, u"helper"_s, textOrNull(t.helper));
    bind(q, u"target_window"_s, t.targetWindow);
    bind(q, u"window_no"_s, t.window);
    bind(q, u"first_window"_s, t.firstWindow);
    bind(q, u"recall_count"_s, t.recallCount);
    bind(q, u"transfer_count"_s, t.transferCount);
    bind(q, u"bypass_count"_s, t.bypassCount);
    bind(q, u"called_at"_s, fromInstant(t.calledAt));
    bind(q, u"serving_at"_s, fromInstant(t.servingAt));
    bind(q, u"finished_at"_s, fromInstant(t.finishedAt));
    bind(q, u"case_type"_s, toString(t.caseType));
    bind(q, u"outcome"_s, textOrNull(t.outcome));
    bind(q, u"note"_s, textOrNull(t.note));
}

Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(u"id"_s).toLongLong();
    t.token = q.value(u"token"_s).toString();
    t.serviceId = q.value(u"service_id"_s).toString();
    t.businessDay = toDay(q.value(u"business_day"_s));
    t.sequence = q.value(u"sequence"_s).toInt();
    t.number = q.value(u"number"_s).toString();
    t.ticketClass = toEnum(q.value(u"ticket_class"_s), &ticketClassFromString, "ticket class"_L1);
    t.state = toEnum(q.value(u"state"_s), &ticketStateFromString, "ticket state"_L1);
    t.issuedAt = toInstant(q.value(u"issued_at"_s));
    t.order = q.value(u"queue_order"_s).toLongLong();
    t.issueOrder = q.value(u"issue_order"_s).toLongLong();
    t.identityHash = q.value(u"identity_hash"_s).toString();
    t.identityMasked = q.value(u"identity_masked"_s).toString();
    t.issuedBy = q.value(u"issued_by"_s).toString();
    t.slotStart = toInstant(q.value(u"slot_start"_s));
    t.slotEnd = toInstant(q.value(u"slot_end"_s));
    t.helper = q.value(u"helper"_s).toString();
    t.targetWindow = q.value(u"target_window"_s).toInt();
    t.window = q.value(u"window_no"_s).toInt();
    t.firstWindow = q.value(u"first_window"_s).toInt();
    t.recallCount = q.value(u"recall_count"_s).toInt();
    t.transferCount = q.value(u"transfer_count"_s).toInt();
    t.bypassCount = q.value(u"bypass_count"_s).toInt();
    t.calledAt = toInstant(q.value(u"called_at"_s));
    t.servingAt = toInstant(q.value(u"serving_at"_s));
    t.finishedAt = toInstant(q.value(u"finished_at"_s));
    t.caseType = toEnum(q.value(u"case_type"_s), &caseTypeFromString, "case type"_L1);
    t.outcome = q.value(u"outcome"_s).toString();
    t.note = q.value(u"note"_s).toString();
    return t;
}

// ---- windows ---------------------------------------------------------------

const TableSpec &windowTable()
{
    static const TableSpec spec{u"windows"_s,
        {u"number"_s, u"state"_s, u"staff_id"_s, u"current_ticket"_s, u"pause_reason"_s,
         u"pause_note"_s, u"since"_s, u"opened_at"_s},
        {u"number"_s}};
    return spec;
}

void bindWindow(QSqlQuery &q, const WindowStatus &w)
{
    bind(q, u"number"_s, w.number);
    bind(q, u"state"_s, toString(w.state));
    bind(q, u"staff_id"_s, textOrNull(w.staffId));
    bind(q, u"current_ticket"_s, w.currentTicket);
    bind(q, u"pause_reason"_s, toString(w.pauseReason));
    bind(q, u"pause_note"_s, textOrNull(w.pauseNote));
    bind(q, u"since"_s, fromInstant(w.since));
    bind(q, u"opened_at"_s, fromInstant(w.openedAt));
}

WindowStatus readWindow(const QSqlQuery &q)
{
    WindowStatus w;
    w.number = q.value(u"number"_s).toInt();
    w.state = toEnum(q.value(u"state"_s), &windowStateFromString, "window state"_L1);
    w.staffId = q.value(u"staff_id"_s).toString();
    w.currentTicket = q.value(u"current_ticket"_s).toLongLong();
    w.pauseReason = toEnum(q.value(u"pause_reason"_s), &pauseReasonFromString, "pause reason"_L1);
    w.pauseNote = q.value(u"pause_note"_s).toString();
    w.since = toInstant(q.value(u"since"_s));
    w.openedAt = toInstant(q.value(u"opened_at"_s));
    return w;
}

// ---- sequences -------------------------------------------------------------

const TableSpec &sequenceTable()
{
    static const TableSpec spec{u"sequences"_s,
        {u"service_id"_s, u"business_day"_s, u"last_sequence"_s, u"issued"_s},
        {u"service_id"_s, u"business_day"_s}};
    return spec;
}

void bindSequence(QSqlQuery &q, const SequenceCounter &s)
{
    bind(q, u"service_id"_s, text(s.serviceId));
    bind(q, u"business_day"_s, fromDay(s.businessDay));
    bind(q, u"last_sequence"_s, s.last);
    bind(q, u"issued"_s, s.issued);
}

SequenceCounter readSequence(const QSqlQuery &q)
{
    SequenceCounter s;
    s.serviceId = q.value(u"service_id"_s).toString();
    s.businessDay = toDay(q.value(u"business_day"_s));
    s.last = q.value(u"last_sequence"_s).toInt();
    s.issued = q.value(u"issued"_s).toInt();
    return s;
}

// ---- events ----------------------------------------------------------------

const TableSpec &eventTable()
{
    static const TableSpec spec{u"events"_s,
        {u"id"_s, u"type"_s, u"at"_s, u"actor"_s, u"window_no"_s, u"ticket_id"_s, u"detail"_s},
        {u"id"_s}};
    return spec;
}

void bindEvent(QSqlQuery &q, const Event &e)
{
    bind(q, u"id"_s, e.id);
    bind(q, u"type"_s, toString(e.type));
    bind(q, u"at"_s, fromInstant(e.at));
    bind(q, u"actor"_s, textOrNull(e.actor));
    bind(q, u"window_no"_s, e.window);
    bind(q, u"ticket_id"_s, e.ticketId);
    bind(q, u"detail"_s, QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)));
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(u"id"_s).toLongLong();
    e.type = toEnum(q.value(u"type"_s), &eventTypeFromString, "event type"_L1);
    e.at = toInstant(q.value(u"at"_s));
    e.actor = q.value(u"actor"_s).toString();
    e.window = q.value(u"window_no"_s).toInt();
    e.ticketId = q.value(u"ticket_id"_s).toLongLong();
    const QJsonDocument detail = QJsonDocument::fromJson(q.value(u"detail"_s).toString().toUtf8());
    if (!detail.isObject())
        throw StorageError(u"event %1 has a detail that is not a JSON object"_s.arg(e.id));
    e.detail = detail.object();
    return e;
}

} // namespace hallq::storage::rows
