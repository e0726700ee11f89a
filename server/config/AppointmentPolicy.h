#pragma once

#include "engine/HallConfig.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hallq::config {

// The hall's appointment (预约) rules: the `appointments` section of the hall
// file (docs/configuration.md). Which services take bookings is the service's
// own `appointments` flag; the early check-in window is
// `rules.appointmentEarlyMinutes`. Defaults are the values used when a field
// is left out.

// Per-service overrides of the slot grid.
struct AppointmentServicePolicy
{
    int slotMinutes = 0; // 0: the hall's
    int capacity = 0;    // 0: the hall's
};

// Extra appointment-only sessions on a day off (art. 16: 节假日预约服务).
struct HolidaySession
{
    QDate date;
    QList<engine::TimeRange> hours;
    QStringList services; // each takes appointments
};

struct NoShowPolicy
{
    int limit = 2;        // this many no-shows ...
    int withinDays = 90;  // ... within this many days ...
    int suspendDays = 30; // ... suspend booking for this many days after the last one
};

struct ApiPolicy
{
    int requestsPerSecond = 20; // per API key, sustained
    int burst = 40;
};

struct AppointmentPolicy
{
    int slotMinutes = 30;
    int capacity = 4;          // bookings per slot
    int minHoursAhead = 2;     // book at least this long before the slot starts
    int maxWorkdaysAhead = 10; // and no later than this many working days after today
    int cancelHoursBefore = 2; // cancel up to this long before the slot starts
    int lateMinutes = 15;      // check-in still counts this long after the slot started
    bool lateNormalTicket = true; // too late: a normal ticket may be taken instead ("lateArrival")
    NoShowPolicy noShow;
    ApiPolicy api;
    QMap<QString, AppointmentServicePolicy> services; // by service id
    QList<HolidaySession> holidaySessions;

    int slotMinutesFor(const QString &serviceId) const
    {
        const int own = services.value(serviceId).slotMinutes;
        return own > 0 ? own : slotMinutes;
    }
    int capacityFor(const QString &serviceId) const
    {
        const int own = services.value(serviceId).capacity;
        return own > 0 ? own : capacity;
    }
};

} // namespace hallq::config
