#include "config/AppointmentPolicyReader.h"

#include "config/TimeText.h"
#include "engine/WorkingCalendar.h"

using namespace Qt::StringLiterals;

namespace hallq::config {

void AppointmentPolicyReader::read()
{
    AppointmentPolicy &p = m_hall.extras.appointments;
    p.slotMinutes = m_section.integer("slotMinutes"_L1, 5, 240, p.slotMinutes);
    p.capacity = m_section.integer("capacity"_L1, 1, 10000, p.capacity);
    p.minHoursAhead = m_section.integer("minHoursAhead"_L1, 0, 720, p.minHoursAhead);
    p.maxWorkdaysAhead = m_section.integer("maxWorkdaysAhead"_L1, 1, 60, p.maxWorkdaysAhead);
    p.cancelHoursBefore = m_section.integer("cancelHoursBefore"_L1, 0, 720, p.cancelHoursBefore);
    p.lateMinutes = m_section.integer("lateMinutes"_L1, 0, 240, p.lateMinutes);
    const QString late = m_section.string("lateArrival"_L1, p.lateNormalTicket ? u"normal_ticket"_s : u"refuse"_s);
    if (late == u"normal_ticket"_s || late == u"refuse"_s)
        p.lateNormalTicket = late == u"normal_ticket"_s;
    else
        m_section.error(u"lateArrival", u"\"%1\" must be normal_ticket or refuse"_s.arg(late));
    readNoShow();
    readApi();
    readServices();
    readHolidaySessions();
}

void AppointmentPolicyReader::readNoShow()
{
    const auto object = m_section.object("noShow"_L1, false);
    if (!object)
        return;
    JsonFields fields(*object, m_section.pathOf(u"noShow"), m_section.file(), m_section.errors());
    NoShowPolicy &n = m_hall.extras.appointments.noShow;
    n.limit = fields.integer("limit"_L1, 1, 50, n.limit);
    n.withinDays = fields.integer("withinDays"_L1, 1, 366, n.withinDays);
    n.suspendDays = fields.integer("suspendDays"_L1, 1, 366, n.suspendDays);
    fields.finish();
}

void AppointmentPolicyReader::readApi()
{
    const auto object = m_section.object("api"_L1, false);
    if (!object)
        return;
    JsonFields fields(*object, m_section.pathOf(u"api"), m_section.file(), m_section.errors());
    ApiPolicy &a = m_hall.extras.appointments.api;
    a.requestsPerSecond = fields.integer("requestsPerSecond"_L1, 1, 100000, a.requestsPerSecond);
    a.burst = fields.integer("burst"_L1, 1, 100000, a.burst);
    fields.finish();
}

bool AppointmentPolicyReader::checkBookable(JsonFields &fields, QAnyStringView key, const QString &serviceId)
{
    const engine::ServiceConfig *service = m_hall.config.service(serviceId);
    if (!service) {
        fields.error(key, u"there is no service \"%1\""_s.arg(serviceId));
        return false;
    }
    if (!service->appointments) {
        fields.error(key, u"service \"%1\" does not take appointments (set its \"appointments\": true)"_s.arg(serviceId));
        return false;
    }
    return true;
}

void AppointmentPolicyReader::readServices()
{
    const auto object = m_section.object("services"_L1, false);
    if (!object)
        return;
    JsonFields fields(*object, m_section.pathOf(u"services"), m_section.file(), m_section.errors());
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (it.key().startsWith(u'_') || !checkBookable(fields, it.key(), it.key()))
            continue;
        const auto own = fields.object(QLatin1StringView(it.key().toLatin1()), true);
        if (!own)
            continue;
        JsonFields entry(*own, fields.pathOf(it.key()), m_section.file(), m_section.errors());
        AppointmentServicePolicy policy;
        policy.slotMinutes = entry.integer("slotMinutes"_L1, 5, 240, 0);
        policy.capacity = entry.integer("capacity"_L1, 1, 10000, 0);
        entry.finish();
        m_hall.extras.appointments.services.insert(it.key(), policy);
    }
    // Every key was looked at above; unknown ones were reported as unknown services.
}

void AppointmentPolicyReader::readHolidaySessions()
{
    const auto list = m_section.array("holidaySessions"_L1, false);
    if (!list)
        return;
    const engine::WorkingCalendar calendar(m_hall.config.calendar);
    m_section.forEachObject("holidaySessions"_L1, *list, [&](JsonFields &entry, qsizetype) {
        HolidaySession session;
        const QString dateText = entry.string("date"_L1).value_or(QString());
        const auto date = TimeText::parseDate(dateText);
        if (!date) {
            if (!dateText.isEmpty())
                entry.error(u"date", u"\"%1\" is not a date written YYYY-MM-DD"_s.arg(dateText));
        } else if (calendar.isWorkday(*date)) {
            entry.error(u"date", u"%1 is a working day; holiday sessions are for days off"_s.arg(dateText));
        } else {
            session.date = *date;
        }
        session.hours = entry.timeRanges("hours"_L1, true);
        session.services = entry.stringList("services"_L1).value_or(QStringList());
        if (session.services.isEmpty() && entry.has("services"_L1))
            entry.error(u"services", u"lists no service"_s);
        bool ok = session.date.isValid() && !session.hours.isEmpty() && !session.services.isEmpty();
        for (const QString &service : std::as_const(session.services))
            ok = checkBookable(entry, u"services", service) && ok;
        if (ok)
            m_hall.extras.appointments.holidaySessions.append(session);
    });
}

} // namespace hallq::config
