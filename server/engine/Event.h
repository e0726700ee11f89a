#pragma once

#include "engine/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hallq::engine {

// One journal entry: every transition says who, where and when.
struct Event
{
    qint64 id = 0; // engine-wide, strictly increasing
    EventType type = EventType::Issued;
    QDateTime at;  // UTC
    QString actor; // staff id or device id
    int window = 0;
    qint64 ticketId = 0;
    QJsonObject detail; // type-specific facts (from/to service, placement, reason, ...)
};

} // namespace hallq::engine
