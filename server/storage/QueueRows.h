#pragma once

#include "engine/Event.h"
#include "engine/SequenceCounter.h"
#include "engine/Ticket.h"
#include "engine/WindowStatus.h"
#include "storage/TableSpec.h"

#include <QSqlQuery>

// Mapping of the queue records to their rows: one table spec, one binder and
// one reader per record, so a new field is added in exactly one place.
namespace hallq::storage::rows {

const TableSpec &ticketTable();
void bindTicket(QSqlQuery &q, const engine::Ticket &t);
engine::Ticket readTicket(const QSqlQuery &q);

const TableSpec &windowTable();
void bindWindow(QSqlQuery &q, const engine::WindowStatus &w);
engine::WindowStatus readWindow(const QSqlQuery &q);

const TableSpec &sequenceTable();
void bindSequence(QSqlQuery &q, const engine::SequenceCounter &s);
engine::SequenceCounter readSequence(const QSqlQuery &q);

const TableSpec &eventTable();
void bindEvent(QSqlQuery &q, const engine::Event &e);
engine::Event readEvent(const QSqlQuery &q);

} // namespace hallq::storage::rows
