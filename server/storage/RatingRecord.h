#pragma once

#include "engine/RowUpsert.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hallq::storage {

// A citizen's 好差评 rating of one ticket, with the window, staff member and
// service it concerns. One per ticket (the ticket id is the key).
struct RatingRecord
{
    qint64 ticketId = 0;
    QDate businessDay;
    QString ticketNumber;
    QString serviceId;
    int window = 0;
    QString staffId;
    int level = 0;       // 1 (非常不满意) .. 5 (非常满意)
    QStringList reasons; // for 差评
    QString comment;
    QDateTime at;        // UTC

    // The row a ChangeSet carries (engine::ChangeSet::rows), written in the
    // same transaction as the rest of the batch.
    engine::RowUpsert toRow() const;
};

} // namespace hallq::storage
