#pragma once

#include <QDate>
#include <QString>

namespace hallq::engine {

// The last number handed out for a service on a business day. Numbers come
// from here, never from counting rows.
struct SequenceCounter
{
    QString serviceId;
    QDate businessDay;
    int last = 0;   // last sequence issued (0: none yet)
    int issued = 0; // tickets issued that day (for the daily cap)
};

} // namespace hallq::engine
