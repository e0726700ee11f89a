// Yearly calendar files: the holidays and make-up workdays of one year. A
// mistake here silently opens the hall on a holiday, so each is refused with
// the calendar file and the entry named.
#include "ConfigFixtures.h"
#include "QtPrinting.h"

#include "config/HallConfigLoader.h"
#include "config/HolidayCalendarLoader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hallq::config;
using namespace hallq::config::test;

namespace {

const QString kCalendarLabel = u"calendars/cn-test.json"_s;

struct BrokenCalendar
{
    const char *name;
    const char *json;
    const char *path;
    const char *fragment;
};

const BrokenCalendar kBrokenCalendars[] = {
    {"a make-up day that is also a holiday",
     R"({"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07",
                                     "makeUpWorkdays": ["2026-10-03"]}]})",
     "holidays[0].makeUpWorkdays[0]", "both as a holiday (国庆节) and as a make-up workday"},
    {"a make-up day listed under an earlier holiday that a later holiday covers",
     R"({"year": 2026, "holidays": [{"name": "中秋节", "from": "2026-09-25", "to": "2026-09-27",
                                     "makeUpWorkdays": ["2026-10-03"]},
                                    {"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"}]})",
     "holidays[0].makeUpWorkdays[0]", "both as a holiday"},
    {"a make-up day on a weekday",
     R"({"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07",
                                     "makeUpWorkdays": ["2026-10-09"]}]})",
     "holidays[0].makeUpWorkdays[0]", "is a weekday"},
    {"a date of another year",
     R"({"year": 2026, "holidays": [{"name": "元旦", "from": "2025-12-31", "to": "2026-01-01"}]})",
     "holidays[0].from", "not in 2026"},
    {"a holiday that ends before it starts",
     R"({"year": 2026, "holidays": [{"name": "元旦", "from": "2026-01-03", "to": "2026-01-01"}]})",
     "holidays[0].to", "before \"from\""},
    {"an impossible date",
     R"({"year": 2026, "holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-30"}]})",
     "holidays[0].to", "not a date written YYYY-MM-DD"},
    {"a holiday far too long to be meant",
     R"({"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2026-12-07"}]})",
     "holidays[0].to", "at most 15"},
    {"two holidays sharing a day",
     R"({"year": 2026, "holidays": [{"name": "中秋节", "from": "2026-09-25", "to": "2026-10-01"},
                                    {"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"}]})",
     "holidays[1]", "2026-10-01 is already a day of 中秋节"},
    {"a holiday without a name",
     R"({"year": 2026, "holidays": [{"from": "2026-10-01", "to": "2026-10-07"}]})", "holidays[0].name",
     "is missing"},
    {"no year", R"({"holidays": []})", "year", "is missing"},
};

} // namespace

TEST_CASE("the shipped 2026 calendar file loads on its own")
{
    ConfigErrors errors;
    const auto year = HolidayCalendarLoader::load(shippedCalendarDir() + u"/cn-2026.json"_s, kCalendarLabel, errors);
    INFO(errors.toString().toStdString());
    REQUIRE(year.has_value());
    CHECK(errors.isEmpty());
    CHECK(year->year == 2026);
    CHECK(year->holidays.size() == 33);
    CHECK(year->makeUpWorkdays.size() == 6);
    for (const QDate &day : year->makeUpWorkdays)
        CHECK(day.dayOfWeek() >= Qt::Saturday);
}

TEST_CASE("a broken calendar file is refused with an error naming the file and the entry")
{
    for (const BrokenCalendar &c : kBrokenCalendars) {
        DYNAMIC_SECTION(c.name)
        {
            ConfigErrors errors;
            const auto year = HolidayCalendarLoader::loadFromJson(QByteArray(c.json), kCalendarLabel, errors);
            INFO(errors.toString().toStdString());
            CHECK_FALSE(year.has_value());
            REQUIRE(errors.size() == 1);
            CHECK(errors.items().first().file == kCalendarLabel);
            CHECK(errors.items().first().path == QString::fromUtf8(c.path));
            CHECK(errors.items().first().message.contains(QString::fromUtf8(c.fragment)));
        }
    }
}

TEST_CASE("a hall whose calendar file is broken names the calendar file in the error")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString calendarPath = dir.filePath(u"cn-2026.json"_s);
    QFile file(calendarPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07",
                   "makeUpWorkdays": ["2026-10-03"]}]})");
    file.close();

    const QByteArray hall = patched(minimalHall(), u"/calendar/files/0"_s, "\"" + calendarPath.toUtf8() + "\"");
    const auto result = HallConfigLoader::loadFromJson(hall, u"halls/test.json"_s, shippedHallDir());
    REQUIRE(std::holds_alternative<ConfigErrors>(result));
    const ConfigErrors &errors = std::get<ConfigErrors>(result);
    REQUIRE(errors.size() == 1);
    CHECK(errors.items().first().file == calendarPath);
    CHECK(errors.items().first().path == u"holidays[0].makeUpWorkdays[0]"_s);
}
