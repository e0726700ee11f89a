#pragma once

#include "engine/Enums.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace hallq::engine {

// The hall as the engine sees it: plain data, validated by the config loader
// (server/config) before the engine ever gets it.

struct Department
{
    QString id;
    QString name;   // 中文
    QString nameEn;
    QString chiefRepresentative; // 首席代表 (art. 13-15)
};

struct TimeRange
{
    QTime start; // inclusive
    QTime end;   // exclusive
};

struct ServiceConfig
{
    QString id;     // stable key, e.g. "consult"
    QString name;   // 综合咨询
    QString nameEn; // General enquiries
    QString prefix; // "A": ticket numbers are prefix + 3-digit sequence
    QString departmentId;
    int numberMin = 1;
    int numberMax = 999;
    int dailyCap = 999;          // tickets per business day
    bool realName = false;       // 实名取号: identity required
    int realNameLimit = 1;       // unfinished tickets per identity per day
    bool greenChannel = true;    // accepts green-channel tickets
    bool appointments = false;   // accepts appointment check-ins
    bool issueOutsideHours = false; // 24-hour kiosk may issue outside hall hours
    int meanHandlingSeconds = 300;  // prior for the wait estimate
    QList<TimeRange> hours;      // empty: the calendar's hall hours
};

struct WorkProfileEntry
{
    QString serviceId;
    int weight = 1; // relative share of calls when several queues wait
};

struct WindowConfig
{
    int number = 0;
    QString name;
    QString nameEn;
    QString type; // window type label, e.g. "comprehensive", "green"
    QList<WorkProfileEntry> profile;
};

struct CalendarConfig
{
    QTimeZone timeZone{QByteArrayLiteral("Asia/Shanghai")};
    QList<TimeRange> hours;            // 08:30-12:00, 14:00-17:00
    QMap<int, QTime> extendedUntil;    // Qt weekday (1=Mon) -> last session ends later
    QSet<QDate> holidays;              // statutory days off
    QSet<QDate> makeUpWorkdays;        // weekend days that are workdays (调休)
    QTime numberResetTime{0, 0};       // business day starts here (local time)
};

struct EngineRules
{
    int recallLimit = 3;               // recalls allowed; one more makes a no-show
    int agingLimit = 20;               // calls that may pass a ticket over before it is due
    Placement reactivatePlacement = Placement::End;
    int appointmentEarlyMinutes = 30;  // used by check-in (appointments issue)
};

struct HallConfig
{
    QString id;
    QString name;
    QString nameEn;
    QList<Department> departments;
    QList<ServiceConfig> services;
    QList<WindowConfig> windows;
    CalendarConfig calendar;
    EngineRules rules;

    const ServiceConfig *service(QStringView id) const;
    const WindowConfig *window(int number) const;
};

} // namespace hallq::engine
