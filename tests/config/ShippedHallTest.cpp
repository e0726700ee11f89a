// The hall file the project ships must load cleanly and describe the Chaling
// hall the regulation asks for (art. 16-18, 26).
#include "ConfigFixtures.h"
#include "QtPrinting.h"

#include "config/HallConfigLoader.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace hallq;
using namespace hallq::config;
using namespace hallq::config::test;

namespace {

LoadedHall loadShipped()
{
    const HallConfigLoader::Result result = HallConfigLoader::load(shippedHallPath());
    if (const auto *errors = std::get_if<ConfigErrors>(&result))
        FAIL(errors->toString().toStdString());
    return std::get<LoadedHall>(result);
}

const engine::ServiceConfig *findService(const engine::HallConfig &hall, const QString &id)
{
    for (const engine::ServiceConfig &service : hall.services) {
        if (service.id == id)
            return &service;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the shipped Chaling hall has every service the regulation names, each with its own prefix")
{
    const LoadedHall hall = loadShipped();
    const QList<std::pair<QString, QString>> required{
        {u"consult"_s, u"A"_s},     {u"accept"_s, u"B"_s},     {u"assist"_s, u"C"_s},
        {u"crossregion"_s, u"D"_s}, {u"unresolved"_s, u"E"_s}, {u"enterprise"_s, u"F"_s},
        {u"publicinfo"_s, u"G"_s},  {u"pickup"_s, u"H"_s}};
    for (const auto &[id, prefix] : required) {
        INFO("service " << id.toStdString());
        const engine::ServiceConfig *service = findService(hall.config, id);
        REQUIRE(service != nullptr);
        CHECK(service->prefix == prefix);
        CHECK_FALSE(service->name.isEmpty());
        CHECK_FALSE(service->nameEn.isEmpty());
    }
    CHECK(hall.config.id == u"chaling"_s);
    CHECK(hall.config.name == u"茶陵县政务服务中心"_s);
}

TEST_CASE("every department of the shipped hall has a chief representative and every service a department")
{
    const LoadedHall hall = loadShipped();
    QSet<QString> departments;
    for (const engine::Department &department : hall.config.departments) {
        CHECK_FALSE(department.chiefRepresentative.isEmpty());
        departments.insert(department.id);
    }
    for (const engine::ServiceConfig &service : hall.config.services)
        CHECK(departments.contains(service.departmentId));
}

TEST_CASE("the shipped hall's windows: twelve numbered windows, a green-channel window serving several services")
{
    const LoadedHall hall = loadShipped();
    REQUIRE(hall.config.windows.size() == 12);
    for (int i = 0; i < 12; ++i)
        CHECK(hall.config.windows.at(i).number == i + 1);
    QList<const engine::WindowConfig *> green;
    for (const engine::WindowConfig &window : hall.config.windows) {
        if (window.type == hall.extras.greenChannel.windowType)
            green.append(&window);
    }
    REQUIRE(green.size() == 1);
    CHECK(green.first()->profile.size() > 1);
    CHECK(hall.extras.greenChannel.groups.size() == 6);
}

TEST_CASE("the shipped hall keeps the hours of art. 16 with extended service on Tuesday and Thursday")
{
    const engine::CalendarConfig calendar = loadShipped().config.calendar;
    REQUIRE(calendar.hours.size() == 2);
    CHECK(calendar.hours.at(0).start == QTime(8, 30));
    CHECK(calendar.hours.at(0).end == QTime(12, 0));
    CHECK(calendar.hours.at(1).start == QTime(14, 0));
    CHECK(calendar.hours.at(1).end == QTime(17, 0));
    CHECK(calendar.extendedUntil.value(Qt::Tuesday) == QTime(18, 0));
    CHECK(calendar.extendedUntil.value(Qt::Thursday) == QTime(18, 0));
    CHECK(calendar.extendedUntil.size() == 2);
    CHECK(calendar.numberResetTime == QTime(0, 0));
    CHECK(calendar.timeZone.id() == QByteArray("Asia/Shanghai"));
}

TEST_CASE("the shipped hall's 2026 calendar has the statutory holidays and make-up workdays")
{
    const LoadedHall hall = loadShipped();
    const engine::CalendarConfig &calendar = hall.config.calendar;
    CHECK(hall.extras.calendarYears == QList<int>{2026});
    // 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7
    CHECK(calendar.holidays.size() == 33);
    const QSet<QDate> makeUp{QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28),
                             QDate(2026, 5, 9), QDate(2026, 9, 20), QDate(2026, 10, 10)};
    CHECK(calendar.makeUpWorkdays == makeUp);
    CHECK(calendar.holidays.contains(QDate(2026, 2, 15)));
    CHECK(calendar.holidays.contains(QDate(2026, 2, 23)));
    CHECK_FALSE(calendar.holidays.contains(QDate(2026, 2, 24)));
    CHECK(hall.extras.holidayNames.value(QDate(2026, 10, 3)) == u"国庆节"_s);
    CHECK(hall.extras.holidayNames.value(QDate(2026, 1, 1)) == u"元旦"_s);
}

TEST_CASE("the shipped hall's rules, alerts, kiosk policy and notices are read")
{
    const LoadedHall hall = loadShipped();
    CHECK(hall.config.rules.recallLimit == 3);
    CHECK(hall.config.rules.agingLimit == 20);
    CHECK(hall.config.rules.reactivatePlacement == engine::Placement::End);
    CHECK(hall.extras.alerts.yellowWaitMinutes < hall.extras.alerts.redWaitMinutes);
    CHECK_FALSE(hall.extras.notices.isEmpty());
    CHECK_FALSE(hall.extras.kiosk.outsideHours.message.isEmpty());
    CHECK(hall.raw.value("id"_L1).toString() == u"chaling"_s);
    const engine::ServiceConfig *publicInfo = findService(hall.config, u"publicinfo"_s);
    REQUIRE(publicInfo != nullptr);
    REQUIRE(publicInfo->hours.size() == 2);
    CHECK(publicInfo->hours.first().start == QTime(9, 0));
}
