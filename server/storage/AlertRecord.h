#pragma once

#include <QDateTime>
#include <QString>

namespace hallq::storage {

// One red/yellow alert as stored (table alerts, migration 2). Instants are
// UTC; an invalid QDateTime is NULL.
struct AlertRecord
{
    qint64 id = 0;
    QString kind;
    QString level;
    QString subject;
    QString serviceId;
    int window = 0;
    QString deviceId;
    QString message;
    QString messageEn;
    QDateTime raisedAt;
    QDateTime resolvedAt;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QString ackNote;

    bool operator==(const AlertRecord &) const = default;
};

} // namespace hallq::storage
