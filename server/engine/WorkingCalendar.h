#pragma once

#include "engine/HallConfig.h"

#include <QDateTime>
#include <QList>

namespace hallq::engine {

// Answers the hall's time questions from CalendarConfig: is a date a workday,
// which sessions does it have, which business day does an instant belong to,
// and may a service issue a ticket now (and if not, when next).
class WorkingCalendar
{
public:
    struct Session
    {
        QDateTime start; // UTC
        QDateTime end;   // UTC, exclusive
    };
    struct Availability
    {
        bool open = false;
        QDateTime nextOpen; // UTC; invalid if open, or nothing within a year
    };

    explicit WorkingCalendar(const CalendarConfig &config);

    bool isWorkday(const QDate &date) const;
    // The service's sessions on a date (service hours override hall hours;
    // extended hours stretch the last session), empty on days off.
    QList<Session> sessions(const QDate &date, const ServiceConfig *service = nullptr) const;
    QDate businessDay(const QDateTime &instant) const;
    Availability availability(const ServiceConfig &service, const QDateTime &instant) const;
    QDateTime toLocal(const QDateTime &utc) const;

private:
    CalendarConfig m_config;
};

} // namespace hallq::engine
