// Each broken hall below differs from a small valid hall in one place. The
// loader must refuse it with an error that names the file, the entry's JSON
// path and the problem, and report nothing else.
#include "ConfigFixtures.h"
#include "QtPrinting.h"

#include "config/HallConfigLoader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hallq::config;
using namespace hallq::config::test;

namespace {

const QString kHallLabel = u"halls/broken.json"_s;

struct BrokenCase
{
    const char *pointer;  // JSON pointer into the minimal hall
    const char *value;    // JSON text put there; "" removes the entry
    const char *path;     // the path the error must name
    const char *fragment; // words the message must contain
    int errorCount = 1;
};

const BrokenCase kBrokenHalls[] = {
    {"/id", "", "id", "is missing"},
    {"/name", "42", "name", "must be a string"},
    {"/timeZone", R"("Asia/Beijing")", "timeZone", "not a known IANA time zone"},
    {"/departments/1", R"({"id": "approval", "name": "x", "nameEn": "x", "chiefRepresentative": "x"})",
     "departments[1].id", "already used by departments[0]"},
    {"/departments/0/chiefRepresentative", "", "departments[0].chiefRepresentative", "is missing"},
    {"/departments/0/chiefRepresentative", R"("  ")", "departments[0].chiefRepresentative", "must not be empty"},
    {"/services", R"("consult")", "services", "must be a list"},
    {"/services/0", "42", "services[0]", "must be an object", 3}, // and both profiles naming consult
    {"/services/1/prefix", R"("AB")", "services[1].prefix", "one capital letter A-Z"},
    {"/services/1/prefix", R"("b")", "services[1].prefix", "one capital letter A-Z"},
    {"/services/1/prefix", R"("A")", "services[1].prefix", "already used by services[0]"},
    {"/services/1/prefix", "", "services[1].prefix", "is missing"},
    // The windows that name "consult" now name an unknown service, and "Consult!" is served by none.
    {"/services/0/id", R"("Consult!")", "services[0].id", "lower-case letters", 4},
    {"/services/0/department", R"("nowhere")", "services[0].department", "not a department"},
    {"/services/0/numberMin", "1000", "services[0].numberMax", "below numberMin (1000)"},
    {"/services/0/numberMax", "10000", "services[0].numberMax", "from 1 to 9999, not 10000"},
    {"/services/0/numberMin", "0", "services[0].numberMin", "from 1 to 9999, not 0"},
    {"/services/0/dailyCap", "1000", "services[0].dailyCap", "more than the 999 numbers"},
    {"/services/0/realName", R"("yes")", "services[0].realName", "must be true or false"},
    {"/services/0/realNameLimit", "0", "services[0].realNameLimit", "from 1 to 99"},
    {"/services/0/meanHandlingSeconds", "12.5", "services[0].meanHandlingSeconds", "whole number"},
    {"/services/0/dailycap", "5", "services[0].dailycap", "not a known field"},
    {"/services/1/hours", R"(["12:00-09:00"])", "services[1].hours[0]", "does not end after it starts"},
    {"/services/1/hours", R"(["9:00-12:00"])", "services[1].hours[0]", "HH:MM-HH:MM"},
    {"/services/1/hours", R"(["09:00-11:00", "10:30-12:00"])", "services[1].hours[1]", "overlaps \"09:00-11:00\""},
    {"/windows/1/number", "1", "windows[window 1].number", "already used by windows[window 1]"},
    {"/windows/1/number", "0", "windows[window 0].number", "from 1 to 999"},
    {"/windows/0/type", "", "windows[window 1].type", "is missing"},
    {"/windows/1/profile/0/service", R"("nothing")", "windows[window 5].profile[0].service", "not a service"},
    {"/windows/0/profile/1/weight", "0", "windows[window 1].profile[1].weight", "from 1 to 100, not 0"},
    {"/windows/0/profile/1/service", R"("accept")", "windows[window 1].profile[1].service",
     "already in this window's profile"},
    {"/windows/1/profile", "[]", "windows[window 5].profile", "lists no service"},
    {"/windows/0/profile", R"([{"service": "consult"}])", "services[1]", "no window's profile lists \"accept\""},
    {"/calendar", "", "calendar", "is missing"},
    {"/calendar/hours", R"(["08:30-12:00", "11:00-17:00"])", "calendar.hours[1]", "overlaps"},
    {"/calendar/hours", "[]", "calendar.hours", "lists no session"},
    {"/calendar/extendedUntil/tue", R"("16:00")", "calendar.extendedUntil.tue", "not later than"},
    {"/calendar/extendedUntil/tues", R"("18:00")", "calendar.extendedUntil.tues", "not a weekday"},
    {"/calendar/numberResetTime", R"("10:00")", "calendar.numberResetTime", "inside the session 08:30-12:00"},
    {"/calendar/numberResetTime", R"("24:00")", "calendar.numberResetTime", "HH:MM"},
    {"/calendar/files", R"(["../calendars/cn-1999.json"])", "calendar.files[0]", "does not exist"},
    {"/calendar/files", "[]", "calendar.files", "lists no calendar file"},
    {"/calendar/files", R"(["../calendars/cn-2026.json", "../calendars/cn-2026.json"])", "calendar.files[1]",
     "already covered"},
    {"/rules/reactivatePlacement", R"("middle")", "rules.reactivatePlacement", "front, end or by_issue_time"},
    {"/rules/recallLimit", "-1", "rules.recallLimit", "from 0 to 10"},
    {"/alerts/redWaitMinutes", "10", "alerts.redWaitMinutes", "more than yellowWaitMinutes (30)"},
    {"/greenChannel/windowType", R"("vip")", "greenChannel.windowType", "no window has the type \"vip\""},
    {"/notices", R"(["公告", 3])", "notices[1]", "non-empty string"},
};

HallConfigLoader::Result loadMinimal(const QByteArray &json)
{
    return HallConfigLoader::loadFromJson(json, kHallLabel, shippedHallDir());
}

ConfigErrors expectErrors(const HallConfigLoader::Result &result)
{
    REQUIRE(std::holds_alternative<ConfigErrors>(result));
    return std::get<ConfigErrors>(result);
}

} // namespace

TEST_CASE("the minimal hall used by the broken-hall table is itself valid")
{
    const HallConfigLoader::Result result = loadMinimal(minimalHall());
    if (const auto *errors = std::get_if<ConfigErrors>(&result))
        FAIL(errors->toString().toStdString());
    const auto &hall = std::get<LoadedHall>(result);
    CHECK(hall.config.services.size() == 2);
    CHECK(hall.config.windows.size() == 2);
    CHECK(hall.sourceFile == kHallLabel);
}

TEST_CASE("a broken hall is refused with an error naming file, entry and problem")
{
    for (const BrokenCase &c : kBrokenHalls) {
        DYNAMIC_SECTION(c.pointer << " = " << (*c.value ? c.value : "(removed)"))
        {
            const QByteArray json = patched(minimalHall(), QString::fromUtf8(c.pointer), QByteArray(c.value));
            const ConfigErrors errors = expectErrors(loadMinimal(json));
            INFO(errors.toString().toStdString());
            CHECK(errors.size() == c.errorCount);
            const QStringList messages = messagesAt(errors, QString::fromUtf8(c.path));
            REQUIRE(messages.size() == 1);
            CHECK(messages.first().contains(QString::fromUtf8(c.fragment)));
            // Errors found inside the hall file name the hall file.
            CHECK(errors.items().first().file == kHallLabel);
        }
    }
}

TEST_CASE("a hall file that is not a JSON object is refused with the position of the problem")
{
    SECTION("a syntax error names line and column")
    {
        const ConfigErrors errors = expectErrors(loadMinimal("{\n  \"id\": \"x\",\n  oops\n}"));
        REQUIRE(errors.size() == 1);
        CHECK(errors.items().first().file == kHallLabel);
        CHECK(errors.items().first().path.isEmpty());
        INFO(errors.toString().toStdString());
        CHECK(errors.items().first().message.contains(u"at line 3, column"_s));
    }
    SECTION("a list at the top level")
    {
        const ConfigErrors errors = expectErrors(loadMinimal("[1, 2]"));
        REQUIRE(errors.size() == 1);
        CHECK(errors.items().first().message.contains(u"JSON object"_s));
    }
    SECTION("a file that does not exist")
    {
        const QString missing = shippedHallDir() + u"/no-such-hall.json"_s;
        const ConfigErrors errors = expectErrors(HallConfigLoader::load(missing));
        REQUIRE(errors.size() == 1);
        CHECK(errors.items().first().file == missing);
        CHECK(errors.items().first().message.contains(u"not found"_s));
    }
}

TEST_CASE("every problem in a hall file is reported, not only the first")
{
    QByteArray json = minimalHall();
    json = patched(json, u"/services/1/prefix"_s, R"("AB")");
    json = patched(json, u"/services/0/numberMax"_s, "10000");
    json = patched(json, u"/windows/1/profile/0/service"_s, R"("nothing")");
    json = patched(json, u"/calendar/numberResetTime"_s, R"("10:00")");
    json = patched(json, u"/timeZone"_s, R"("Mars/Olympus")");
    json = patched(json, u"/departments/0/name"_s, "");
    const ConfigErrors errors = expectErrors(loadMinimal(json));
    INFO(errors.toString().toStdString());
    const QStringList paths{u"services[1].prefix"_s,        u"services[0].numberMax"_s,
                            u"windows[window 5].profile[0].service"_s, u"calendar.numberResetTime"_s,
                            u"timeZone"_s,                  u"departments[0].name"_s};
    CHECK(errors.size() == paths.size());
    for (const QString &path : paths) {
        INFO(path.toStdString());
        CHECK(messagesAt(errors, path).size() == 1);
    }
    // toString() prints one error a line, each starting with the file.
    const QStringList lines = errors.toString().split(u'\n');
    CHECK(lines.size() == paths.size());
    for (const QString &line : lines)
        CHECK(line.startsWith(kHallLabel + u": "_s));
}

TEST_CASE("a hall's calendar path resolves against the hall file's folder")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(u"site/halls"_s));
    REQUIRE(QDir(dir.path()).mkpath(u"site/calendars"_s));
    REQUIRE(QFile::copy(shippedCalendarDir() + u"/cn-2026.json"_s, dir.filePath(u"site/calendars/cn-2026.json"_s)));
    QFile hallFile(dir.filePath(u"site/halls/hall.json"_s));
    REQUIRE(hallFile.open(QIODevice::WriteOnly));
    hallFile.write(minimalHall());
    hallFile.close();

    const HallConfigLoader::Result result = HallConfigLoader::load(hallFile.fileName());
    REQUIRE(std::holds_alternative<LoadedHall>(result));
    const LoadedHall &hall = std::get<LoadedHall>(result);
    CHECK(hall.extras.calendarFiles ==
          QStringList{QDir::cleanPath(dir.filePath(u"site/calendars/cn-2026.json"_s))});
    CHECK(hall.config.calendar.holidays.contains(QDate(2026, 10, 1)));
}
