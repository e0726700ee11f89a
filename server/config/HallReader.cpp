#include "config/HallReader.h"

#include "config/AppointmentPolicyReader.h"
#include "config/CatalogueReader.h"
#include "config/ConfigLog.h"
#include "config/GuideReader.h"
#include "config/HolidayCalendarLoader.h"
#include "config/TimeText.h"
#include "engine/Enums.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace hallq::config {
namespace {

// Weekday keys of calendar.extendedUntil, in Qt's order (1 = Monday).
constexpr QLatin1StringView kWeekdays[] = {"mon"_L1, "tue"_L1, "wed"_L1, "thu"_L1, "fri"_L1, "sat"_L1, "sun"_L1};

bool isWeekdayKey(const QString &key)
{
    return std::find(std::begin(kWeekdays), std::end(kWeekdays), key) != std::end(kWeekdays);
}

} // namespace

HallReader::HallReader(const QString &fileLabel, const QString &baseDir, ConfigErrors &errors)
    : m_file(fileLabel), m_baseDir(baseDir), m_errors(errors)
{
    m_hall.sourceFile = fileLabel;
}

void HallReader::section(JsonFields &parent, QLatin1StringView key, bool required,
                         void (HallReader::*read)(JsonFields &))
{
    if (const auto object = parent.object(key, required)) {
        JsonFields fields(*object, parent.pathOf(key), m_file, m_errors);
        (this->*read)(fields);
        fields.finish();
    }
}

void HallReader::read(const QJsonObject &root)
{
    m_hall.raw = root;
    JsonFields fields(root, QString(), m_file, m_errors);
    engine::HallConfig &config = m_hall.config;
    config.id = fields.string("id"_L1).value_or(QString());
    config.name = fields.string("name"_L1).value_or(QString());
    config.nameEn = fields.string("nameEn"_L1).value_or(QString());
    readTimeZone(fields);
    section(fields, "calendar"_L1, true, &HallReader::readCalendar);
    section(fields, "rules"_L1, false, &HallReader::readRules);
    CatalogueReader(fields, config).read();
    GuideReader(fields, m_hall).read();
    section(fields, "greenChannel"_L1, false, &HallReader::readGreenChannel);
    section(fields, "kiosk"_L1, false, &HallReader::readKiosk);
    section(fields, "alerts"_L1, false, &HallReader::readAlerts);
    if (const auto appointments = fields.object("appointments"_L1, false)) { // after calendar and catalogue
        JsonFields section(*appointments, fields.pathOf(u"appointments"), m_file, m_errors);
        AppointmentPolicyReader(section, m_hall).read();
        section.finish();
    }
    m_hall.extras.notices = fields.stringList("notices"_L1, false).value_or(QStringList());
    fields.finish();
}

void HallReader::readTimeZone(JsonFields &root)
{
    const QString id = root.string("timeZone"_L1, QString::fromLatin1(m_hall.config.calendar.timeZone.id()));
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid()) {
        root.error(u"timeZone", u"\"%1\" is not a known IANA time zone (e.g. Asia/Shanghai)"_s.arg(id));
        return;
    }
    m_hall.config.calendar.timeZone = zone;
}

void HallReader::readCalendar(JsonFields &calendar)
{
    engine::CalendarConfig &config = m_hall.config.calendar;
    config.hours = calendar.timeRanges("hours"_L1, true);
    readExtendedHours(calendar);
    config.numberResetTime = calendar.clockTime("numberResetTime"_L1, config.numberResetTime);
    checkNumberReset(calendar);
    readCalendarFiles(calendar);
}

void HallReader::readExtendedHours(JsonFields &calendar)
{
    const auto extended = calendar.object("extendedUntil"_L1, false);
    if (!extended)
        return;
    JsonFields days(*extended, calendar.pathOf(u"extendedUntil"), m_file, m_errors);
    const QList<engine::TimeRange> &hours = m_hall.config.calendar.hours;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const QLatin1StringView key = kWeekdays[day - 1];
        if (!days.has(key))
            continue;
        const std::optional<QTime> until = days.clockTime(key);
        if (!until)
            continue;
        // 延时服务 stretches the day's last session; it cannot shorten it.
        if (!hours.isEmpty() && *until <= hours.last().end) {
            days.error(key, u"%1 is not later than the last session's end (%2)"_s.arg(
                                                TimeText::formatTime(*until), TimeText::formatTime(hours.last().end)));
            continue;
        }
        m_hall.config.calendar.extendedUntil.insert(day, *until);
    }
    for (auto it = extended->constBegin(); it != extended->constEnd(); ++it) {
        if (!isWeekdayKey(it.key()) && !it.key().startsWith(u'_'))
            days.error(it.key(), u"is not a weekday; use mon, tue, wed, thu, fri, sat or sun"_s);
    }
}

void HallReader::checkNumberReset(JsonFields &calendar)
{
    const engine::CalendarConfig &config = m_hall.config.calendar;
    for (const engine::TimeRange &session : config.hours) {
        if (config.numberResetTime > session.start && config.numberResetTime < session.end) {
            calendar.error(u"numberResetTime",
                           u"%1 falls inside the session %2-%3: numbers would restart while the hall is open"_s.arg(
                               TimeText::formatTime(config.numberResetTime), TimeText::formatTime(session.start),
                               TimeText::formatTime(session.end)));
        }
    }
}

void HallReader::readCalendarFiles(JsonFields &calendar)
{
    const std::optional<QStringList> files = calendar.stringList("files"_L1);
    if (!files)
        return;
    if (files->isEmpty())
        calendar.error(u"files", u"lists no calendar file; holidays would be treated as workdays"_s);
    QHash<int, QString> years;
    for (qsizetype i = 0; i < files->size(); ++i) {
        const QString at = JsonFields::elementPath(calendar.pathOf(u"files"), QString::number(i));
        const QString path = QDir::cleanPath(QDir(m_baseDir).absoluteFilePath(files->at(i)));
        if (!QFileInfo(path).isFile()) {
            m_errors.add(m_file, at, u"calendar file %1 does not exist"_s.arg(path));
            continue;
        }
        const std::optional<CalendarYear> year = HolidayCalendarLoader::load(path, path, m_errors);
        if (!year)
            continue;
        if (years.contains(year->year)) {
            m_errors.add(m_file, at, u"%1 covers %2, already covered by %3"_s.arg(path).arg(year->year).arg(
                                         years.value(year->year)));
            continue;
        }
        years.insert(year->year, path);
        engine::CalendarConfig &config = m_hall.config.calendar;
        config.holidays.unite(year->holidays);
        config.makeUpWorkdays.unite(year->makeUpWorkdays);
        m_hall.extras.holidayNames.insert(year->holidayNames);
        m_hall.extras.calendarFiles.append(path);
        m_hall.extras.calendarYears.append(year->year);
        qCDebug(lcConfig) << "calendar" << year->year << "from" << path;
    }
}

void HallReader::readRules(JsonFields &rules)
{
    engine::EngineRules &config = m_hall.config.rules;
    config.recallLimit = rules.integer("recallLimit"_L1, 0, 10, config.recallLimit);
    config.agingLimit = rules.integer("agingLimit"_L1, 1, 1000, config.agingLimit);
    config.appointmentEarlyMinutes = rules.integer("appointmentEarlyMinutes"_L1, 0, 240,
                                                   config.appointmentEarlyMinutes);
    const QString placement = rules.string("reactivatePlacement"_L1, engine::toString(config.reactivatePlacement));
    if (const auto parsed = engine::placementFromString(placement))
        config.reactivatePlacement = *parsed;
    else
        rules.error(u"reactivatePlacement", u"\"%1\" must be front, end or by_issue_time"_s.arg(placement));
}

void HallReader::readGreenChannel(JsonFields &green)
{
    GreenChannelPolicy &policy = m_hall.extras.greenChannel;
    policy.windowType = green.string("windowType"_L1, policy.windowType);
    policy.elderlyAge = green.integer("elderlyAge"_L1, 50, 100, policy.elderlyAge);
    policy.groups = green.stringList("groups"_L1, false).value_or(policy.groups);
    bool typeExists = false;
    for (const engine::WindowConfig &window : std::as_const(m_hall.config.windows))
        typeExists = typeExists || window.type == policy.windowType;
    if (!typeExists && !m_hall.config.windows.isEmpty())
        green.error(u"windowType", u"no window has the type \"%1\""_s.arg(policy.windowType));
}

void HallReader::readKiosk(JsonFields &kiosk)
{
    KioskPolicy &policy = m_hall.extras.kiosk;
    policy.idleTimeoutSeconds = kiosk.integer("idleTimeoutSeconds"_L1, 30, 600, policy.idleTimeoutSeconds);
    if (const auto object = kiosk.object("outsideHours"_L1, false)) {
        JsonFields outside(*object, kiosk.pathOf(u"outsideHours"), m_file, m_errors);
        KioskOutsideHours &closed = policy.outsideHours;
        closed.showGuides = outside.boolean("showGuides"_L1, closed.showGuides);
        closed.appointmentCheckIn = outside.boolean("appointmentCheckIn"_L1, closed.appointmentCheckIn);
        closed.message = outside.string("message"_L1, closed.message);
        closed.messageEn = outside.string("messageEn"_L1, closed.messageEn);
        outside.finish();
    }
}

void HallReader::readAlerts(JsonFields &alerts)
{
    AlertThresholds &thresholds = m_hall.extras.alerts;
    thresholds.yellowWaitMinutes = alerts.integer("yellowWaitMinutes"_L1, 1, 600, thresholds.yellowWaitMinutes);
    thresholds.redWaitMinutes = alerts.integer("redWaitMinutes"_L1, 1, 600, thresholds.redWaitMinutes);
    if (thresholds.redWaitMinutes <= thresholds.yellowWaitMinutes) {
        alerts.error(u"redWaitMinutes", u"%1 must be more than yellowWaitMinutes (%2)"_s.arg(
                                            thresholds.redWaitMinutes)
                                            .arg(thresholds.yellowWaitMinutes));
    }
    readAlertLimits(alerts);
}

void HallReader::readAlertLimits(JsonFields &alerts)
{
    AlertThresholds &t = m_hall.extras.alerts;
    const auto pair = [&](QLatin1StringView yellowKey, QLatin1StringView redKey, int &yellow, int &red) {
        yellow = alerts.integer(yellowKey, 1, 600, yellow);
        red = alerts.integer(redKey, 1, 600, red);
        if (red <= yellow)
            alerts.error(redKey, u"%1 must be more than %2 (%3)"_s.arg(red).arg(yellowKey).arg(yellow));
    };
    pair("pausedYellowMinutes"_L1, "pausedRedMinutes"_L1, t.pausedYellowMinutes, t.pausedRedMinutes);
    pair("idleYellowMinutes"_L1, "idleRedMinutes"_L1, t.idleYellowMinutes, t.idleRedMinutes);
    t.handlingLimitMinutes = alerts.integer("handlingLimitMinutes"_L1, 1, 600, t.handlingLimitMinutes);
    t.checkSeconds = alerts.integer("checkSeconds"_L1, 1, 600, t.checkSeconds);
    const auto limits = alerts.object("serviceHandlingLimitMinutes"_L1, false);
    if (!limits)
        return;
    JsonFields perService(*limits, alerts.pathOf(u"serviceHandlingLimitMinutes"), m_file, m_errors);
    for (auto it = limits->constBegin(); it != limits->constEnd(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        if (!m_hall.config.service(it.key())) {
            perService.error(it.key(), u"is not a service of this hall"_s);
            continue;
        }
        t.serviceHandlingLimitMinutes.insert(it.key(), perService.integer(QLatin1StringView(it.key().toLatin1()), 1, 600, t.handlingLimitMinutes));
    }
    perService.finish();
}

} // namespace hallq::config
