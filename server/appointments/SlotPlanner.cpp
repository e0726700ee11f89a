#include "appointments/SlotPlanner.h"

using namespace Qt::StringLiterals;

namespace hallq::appointments {

SlotPlanner::SlotPlanner(const engine::HallConfig &hall, const config::AppointmentPolicy &policy)
    : m_hall(hall), m_policy(policy), m_calendar(hall.calendar)
{
}

bool SlotPlanner::bookable(const QString &serviceId) const
{
    const engine::ServiceConfig *service = m_hall.service(serviceId);
    return service && service->appointments;
}

QList<Slot> SlotPlanner::daySlots(const QString &serviceId, const QDate &day) const
{
    const engine::ServiceConfig *service = m_hall.service(serviceId);
    if (!service || !service->appointments || !day.isValid())
        return {};
    QList<engine::WorkingCalendar::Session> sessions;
    if (m_calendar.isWorkday(day)) {
        sessions = m_calendar.sessions(day, service);
    } else {
        const QTimeZone &zone = m_hall.calendar.timeZone;
        for (const config::HolidaySession &h : m_policy.holidaySessions) {
            if (h.date != day || !h.services.contains(serviceId))
                continue;
            for (const engine::TimeRange &r : h.hours)
                sessions.append({QDateTime(day, r.start, zone).toUTC(), QDateTime(day, r.end, zone).toUTC()});
        }
        std::sort(sessions.begin(), sessions.end(),
                  [](const auto &a, const auto &b) { return a.start < b.start; });
    }
    const qint64 length = qint64(m_policy.slotMinutesFor(serviceId)) * 60;
    const int capacity = m_policy.capacityFor(serviceId);
    QList<Slot> result;
    for (const auto &session : std::as_const(sessions)) {
        for (QDateTime start = session.start; start.addSecs(length) <= session.end; start = start.addSecs(length))
            result.append({serviceId, day, start, start.addSecs(length), capacity});
    }
    return result;
}

std::optional<Slot> SlotPlanner::slotStartingAt(const QString &serviceId, const QDateTime &start) const
{
    if (!start.isValid())
        return std::nullopt;
    const QDateTime utc = start.toUTC();
    for (const Slot &slot : daySlots(serviceId, localDate(utc))) {
        if (slot.start == utc)
            return slot;
    }
    return std::nullopt;
}

QDate SlotPlanner::lastBookableDay(const QDate &today) const
{
    QDate day = today;
    for (int found = 0; found < m_policy.maxWorkdaysAhead;) {
        day = day.addDays(1);
        if (m_calendar.isWorkday(day))
            ++found;
    }
    return day;
}

QString SlotPlanner::localTime(const QDateTime &utc) const
{
    return m_calendar.toLocal(utc).toString(u"HH:mm"_s);
}

} // namespace hallq::appointments
