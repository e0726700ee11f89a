#pragma once

// The hall every engine test runs against, built in code: four services,
// five windows with different work profiles and weights, the 2026 calendar
// (Asia/Shanghai) with a 05:00 number reset.

#include "engine/HallConfig.h"

#include <QDateTime>
#include <QTimeZone>

namespace hallq::engine::test {

inline const QTimeZone &shanghai()
{
    static const QTimeZone tz(QByteArrayLiteral("Asia/Shanghai"));
    return tz;
}

// A local Shanghai wall-clock time as the UTC instant the engine works with.
inline QDateTime local(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), shanghai()).toUTC();
}

inline CalendarConfig calendar2026()
{
    CalendarConfig c;
    c.timeZone = shanghai();
    c.hours = {{QTime(8, 30), QTime(12, 0)}, {QTime(14, 0), QTime(17, 0)}};
    c.extendedUntil.insert(3, QTime(18, 0)); // Wednesdays run late (延时服务)
    const auto range = [&](int m1, int d1, int m2, int d2) {
        for (QDate d(2026, m1, d1); d <= QDate(2026, m2, d2); d = d.addDays(1))
            c.holidays.insert(d);
    };
    range(1, 1, 1, 3);
    range(2, 15, 2, 23);
    range(4, 4, 4, 6);
    range(5, 1, 5, 5);
    range(6, 19, 6, 21);
    range(9, 25, 9, 27);
    range(10, 1, 10, 7);
    for (const QDate &d : {QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28), QDate(2026, 5, 9),
                           QDate(2026, 9, 20), QDate(2026, 10, 10)})
        c.makeUpWorkdays.insert(d);
    c.numberResetTime = QTime(5, 0);
    return c;
}

inline ServiceConfig service(const char *id, const char *prefix)
{
    ServiceConfig s;
    s.id = QString::fromUtf8(id);
    s.name = s.id;
    s.nameEn = s.id;
    s.prefix = QString::fromUtf8(prefix);
    s.departmentId = QStringLiteral("center");
    return s;
}

inline WindowConfig window(int number, QList<WorkProfileEntry> profile)
{
    WindowConfig w;
    w.number = number;
    w.name = QString::number(number);
    w.type = QStringLiteral("comprehensive");
    w.profile = std::move(profile);
    return w;
}

// consult  A: plain walk-in queue, green channel on.
// business B: real-name (one unfinished ticket per identity), takes appointments.
// cross    C: no green channel; numbers 990..1002, so four digits ("C0990").
// pickup   D: issues outside hours (24-hour kiosk), own hours 09:00-11:30, cap 3 a day.
inline HallConfig makeHall()
{
    HallConfig h;
    h.id = QStringLiteral("test-hall");
    h.name = h.id;
    h.departments = {{QStringLiteral("center"), QStringLiteral("center"), QStringLiteral("center"), {}}};

    ServiceConfig consult = service("consult", "A");
    ServiceConfig business = service("business", "B");
    business.realName = true;
    business.realNameLimit = 1;
    business.appointments = true;
    ServiceConfig cross = service("cross", "C");
    cross.greenChannel = false;
    cross.numberMin = 990;
    cross.numberMax = 1002;
    ServiceConfig pickup = service("pickup", "D");
    pickup.issueOutsideHours = true;
    pickup.dailyCap = 3;
    pickup.hours = {{QTime(9, 0), QTime(11, 30)}};
    h.services = {consult, business, cross, pickup};

    const QString a = consult.id, b = business.id, c = cross.id, d = pickup.id;
    h.windows = {window(1, {{a, 3}, {b, 1}}), window(2, {{a, 1}, {b, 1}}), window(3, {{b, 1}}),
                 window(4, {{c, 1}, {d, 1}}), window(5, {{a, 1}, {c, 1}, {d, 1}})};
    h.calendar = calendar2026();
    h.rules.recallLimit = 2;
    h.rules.agingLimit = 20;
    h.rules.reactivatePlacement = Placement::End;
    return h;
}

} // namespace hallq::engine::test
