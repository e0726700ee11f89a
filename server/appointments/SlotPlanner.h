#pragma once

#include "config/AppointmentPolicy.h"
#include "engine/HallConfig.h"
#include "engine/WorkingCalendar.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace hallq::appointments {

struct Slot
{
    QString serviceId;
    QDate day;        // local date
    QDateTime start;  // UTC
    QDateTime end;    // UTC, exclusive
    int capacity = 0;
};

// The slot grid: on a working day, each of the service's sessions (its own
// hours or the hall's, extended hours included) is cut into slots of the
// service's length from the session's start, a last partial slot dropped; on
// a day off only the configured holiday sessions that list the service.
class SlotPlanner
{
public:
    SlotPlanner(const engine::HallConfig &hall, const config::AppointmentPolicy &policy);

    // The service exists and takes appointments.
    bool bookable(const QString &serviceId) const;
    QList<Slot> daySlots(const QString &serviceId, const QDate &day) const;
    // The slot of the service that starts exactly at `start`.
    std::optional<Slot> slotStartingAt(const QString &serviceId, const QDateTime &start) const;
    // The last day a booking may fall on: the `maxWorkdaysAhead`-th working day after `today`.
    QDate lastBookableDay(const QDate &today) const;

    const engine::WorkingCalendar &calendar() const { return m_calendar; }
    QDate localDate(const QDateTime &utc) const { return m_calendar.toLocal(utc).date(); }
    QString localTime(const QDateTime &utc) const; // "09:30"

private:
    const engine::HallConfig &m_hall;
    const config::AppointmentPolicy &m_policy;
    engine::WorkingCalendar m_calendar;
};

} // namespace hallq::appointments
