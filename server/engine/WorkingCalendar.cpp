#include "engine/WorkingCalendar.h"

#include <algorithm>

namespace hallq::engine {

namespace {
// How far availability() looks for the next session: longer than any
// holiday season, short enough to stay cheap.
constexpr int kSearchDays = 400;
} // namespace

WorkingCalendar::WorkingCalendar(const CalendarConfig &config) : m_config(config) {}

bool WorkingCalendar::isWorkday(const QDate &date) const
{
    // A make-up workday (调休) wins over everything: it is a weekend day by definition.
    if (m_config.makeUpWorkdays.contains(date))
        return true;
    if (m_config.holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

QList<WorkingCalendar::Session> WorkingCalendar::sessions(const QDate &date, const ServiceConfig *service) const
{
    if (!date.isValid() || !isWorkday(date))
        return {};
    QList<TimeRange> ranges = (service && !service->hours.isEmpty()) ? service->hours : m_config.hours;
    std::sort(ranges.begin(), ranges.end(), [](const TimeRange &a, const TimeRange &b) { return a.start < b.start; });
    const auto extended = m_config.extendedUntil.constFind(date.dayOfWeek());
    if (extended != m_config.extendedUntil.constEnd() && !ranges.isEmpty() && ranges.last().end < *extended)
        ranges.last().end = *extended;

    QList<Session> result;
    for (const TimeRange &r : std::as_const(ranges)) {
        if (!r.start.isValid() || !r.end.isValid() || r.end <= r.start)
            continue; // the config loader rejects these; skip rather than invent a session
        result.append({QDateTime(date, r.start, m_config.timeZone).toUTC(),
                       QDateTime(date, r.end, m_config.timeZone).toUTC()});
    }
    return result;
}

QDate WorkingCalendar::businessDay(const QDateTime &instant) const
{
    const QDateTime local = toLocal(instant);
    // Before the reset time the previous business day is still running.
    return local.time() < m_config.numberResetTime ? local.date().addDays(-1) : local.date();
}

WorkingCalendar::Availability WorkingCalendar::availability(const ServiceConfig &service, const QDateTime &instant) const
{
    const QDate first = toLocal(instant).date();
    for (int i = 0; i <= kSearchDays; ++i) {
        // Sessions are sorted: the first one that has not ended either holds
        // the instant or is the next opening.
        for (const Session &s : sessions(first.addDays(i), &service)) {
            if (instant >= s.end)
                continue;
            if (instant >= s.start)
                return {true, {}};
            return {false, s.start};
        }
    }
    return {false, {}};
}

QDateTime WorkingCalendar::toLocal(const QDateTime &utc) const
{
    return utc.toTimeZone(m_config.timeZone);
}

} // namespace hallq::engine
