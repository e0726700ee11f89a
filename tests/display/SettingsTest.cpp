// hallq-display's command line and settings file: working defaults from a
// checkout, clear refusals for mistakes.
#include "core/DisplaySettings.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hallq::display;
using namespace Qt::StringLiterals;

namespace {

std::variant<DisplaySettings, QString> parse(QStringList args, const QProcessEnvironment &env = {},
                                             const QString &appDir = u"/nowhere/bin"_s)
{
    args.prepend(u"hallq-display"_s);
    return DisplaySettings::parse(args, env, appDir);
}

QProcessEnvironment withToken()
{
    QProcessEnvironment env;
    env.insert(u"HALLQ_DISPLAY_TOKEN"_s, u"tok"_s);
    return env;
}

QString errorOf(const std::variant<DisplaySettings, QString> &r)
{
    return std::holds_alternative<QString>(r) ? std::get<QString>(r) : QString();
}

} // namespace

TEST_CASE("defaults: a hall board on the local server", "[display][settings]")
{
    const auto r = parse({}, withToken());
    REQUIRE(std::holds_alternative<DisplaySettings>(r));
    const auto &s = std::get<DisplaySettings>(r);
    CHECK(s.mode == DisplaySettings::Mode::Hall);
    CHECK(s.server == QUrl(u"ws://127.0.0.1:8470"_s));
    CHECK(s.token == u"tok"_s);
    CHECK(s.fullscreen);
    CHECK(s.voice.enabled);
    CHECK(s.voice.generatedDir == u"/nowhere/bin/../share/hallq/voice"_s);
}

TEST_CASE("the demo credentials of a checkout are found next to the program", "[display][settings]")
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(u"build/bin"_s);
    QDir(root.path()).mkpath(u"var"_s);
    QFile credentials(root.filePath(u"var/demo-credentials.txt"_s));
    REQUIRE(credentials.open(QIODevice::WriteOnly));
    credentials.write("# demo\nHALLQ_DEMO_STAFF_ID=demo\nHALLQ_DEMO_PASSWORD=pw 1\nHALLQ_DISPLAY_TOKEN=dtok\n");
    credentials.close();
    const auto r = parse({u"--mode"_s, u"supervisor"_s}, {}, root.filePath(u"build/bin"_s));
    REQUIRE(std::holds_alternative<DisplaySettings>(r));
    const auto &s = std::get<DisplaySettings>(r);
    CHECK(s.token == u"dtok"_s);
    CHECK(s.staffId == u"demo"_s);
    CHECK(s.password == u"pw 1"_s);
}

TEST_CASE("options and the settings file", "[display][settings]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"display.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"mode": "window", "window": 5, "repeat": 3, "quiet-hours": "12:00-14:00",
                   "notices": ["一", "二"], "_comment": "ignored"})");
    file.close();
    const auto r = parse({u"--settings"_s, file.fileName(), u"--window"_s, u"7"_s, u"--volume"_s, u"40"_s,
                          u"--size"_s, u"1920x480"_s},
                         withToken());
    REQUIRE(std::holds_alternative<DisplaySettings>(r));
    const auto &s = std::get<DisplaySettings>(r);
    CHECK(s.mode == DisplaySettings::Mode::Window);
    CHECK(s.window == 7); // the command line wins
    CHECK(s.voice.repeat == 3);
    CHECK(s.voice.volume == Approx(0.4));
    CHECK(s.voice.quietFrom == QTime(12, 0));
    CHECK(s.notices == QStringList{u"一"_s, u"二"_s});
    CHECK(s.size == QSize(1920, 480));
    CHECK_FALSE(s.fullscreen);
}

TEST_CASE("mistakes are refused with a message that says what is wrong", "[display][settings]")
{
    CHECK(errorOf(parse({u"--mode"_s, u"kiosk"_s}, withToken())).contains(u"--mode"_s));
    CHECK(errorOf(parse({u"--server"_s, u"http://x"_s}, withToken())).contains(u"ws://"_s));
    CHECK(errorOf(parse({u"--window"_s, u"0"_s}, withToken())).contains(u"--window"_s));
    CHECK(errorOf(parse({u"--quiet-hours"_s, u"noon"_s}, withToken())).contains(u"12:00-14:00"_s));
    CHECK(errorOf(parse({u"--size"_s, u"big"_s}, withToken())).contains(u"1920x1080"_s));
    CHECK(errorOf(parse({u"--renderer"_s, u"vulkan"_s}, withToken())).contains(u"--renderer"_s));
    CHECK(errorOf(parse({})).contains(u"token"_s));
    CHECK(errorOf(parse({u"--settings"_s, u"/no/such.json"_s}, withToken())).contains(u"/no/such.json"_s));
    bool help = false;
    const auto r = DisplaySettings::parse({u"hallq-display"_s, u"--help"_s}, {}, {}, &help);
    CHECK(help);
    CHECK(errorOf(r).contains(u"--mode"_s));
}
