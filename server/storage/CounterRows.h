#pragma once

#include "engine/ChangeSet.h"
#include "storage/AttendanceRecord.h"
#include "storage/RatingRecord.h"
#include "storage/StatementCache.h"

#include <QSqlQuery>

// The counter's rows: attendance derived from the journal's window events,
// written inside the store's commit transaction; the readers of attendance and
// ratings (ratings are written as ChangeSet rows, RatingRecord::toRow).
namespace hallq::storage::rows {

// Writes what the window events of `changes` mean for attendance.
void writeCounterRows(StatementCache &statements, const engine::ChangeSet &changes);

AttendanceRecord readAttendance(const QSqlQuery &q);
RatingRecord readRating(const QSqlQuery &q);
QString attendanceSelectSql();
QString ratingSelectSql();

} // namespace hallq::storage::rows
