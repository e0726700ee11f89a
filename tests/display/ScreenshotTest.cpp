// Screenshots of every mode and layout with a busy hall behind them, for
// docs/screenshots/display/. Hidden from the normal run; made with
//   HALLQ_SCREENSHOT_DIR=docs/screenshots/display QT_QPA_PLATFORM=xcb
//   xvfb-run -a -s "-screen 0 3840x2160x24" build/tests/test_display "[screenshots]"
#include "DisplayTestSupport.h"

#include "integration/HallFixture.h"
#include "integration/Requests.h"


using namespace hallq;
using namespace hallq::display;
using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

void shoot(HallFixture &hall, DisplaySettings::Mode mode, int window, QSize size, const QString &name,
           const std::function<void(DisplayController &)> &before = {})
{
    const QString dir = qEnvironmentVariable("HALLQ_SCREENSHOT_DIR");
    QmlWarnings warnings;
    DisplaySettings s = displaySettings(mode, hall.server.wsUrl(), hall.displayToken);
    s.window = window;
    s.voice.enabled = false;
    if (mode == DisplaySettings::Mode::Supervisor && name != u"supervisor-login") {
        s.staffId = u"sup"_s;
        s.password = HallFixture::kPassword;
    }
    DisplayController controller(s);
    LoadedView view(controller, warnings, size);
    if (before)
        before(controller);
    controller.start();
    if (name != u"supervisor-login" && name != u"hall-reconnecting")
        REQUIRE(QTest::qWaitFor([&] { return controller.connected(); }, 10000));
    QTest::qWait(mode == DisplaySettings::Mode::Supervisor ? 3000 : 1500); // statistics, notices, fonts
    const QImage shot = view.window->grabWindow();
    REQUIRE(shot.size() == size);
    const QString file = u"%1/%2-%3x%4.png"_s.arg(dir, name).arg(size.width()).arg(size.height());
    CHECK(shot.save(file));
    INFO(warnings.report());
    CHECK(warnings.clean());
}

} // namespace

TEST_CASE("screenshots of every mode and layout", "[.][screenshots]")
{
    privateRuntimeDir();
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("HALLQ_SCREENSHOT_DIR"));
    display::DisplayView::useRenderer(u"software"_s); // what hallq-display uses
    QDir().mkpath(qEnvironmentVariable("HALLQ_SCREENSHOT_DIR"));
    HallFixture hall(false);
    const QStringList names{u"赵强"_s, u"孙丽"_s, u"周杰"_s, u"吴敏"_s};
    for (int i = 3; i <= 6; ++i)
        hall.server.addStaff(u"c%1"_s.arg(i), names[i - 3], {u"counter"_s}, HallFixture::kPassword);
    hall.start();
    {
        auto kiosk = hall.kiosk();
        for (const auto &[service, count] : {std::pair(u"consult"_s, 14), std::pair(u"crossregion"_s, 4),
                                             std::pair(u"pickup"_s, 6), std::pair(u"enterprise"_s, 3),
                                             std::pair(u"publicinfo"_s, 2)})
            for (int i = 0; i < count; ++i)
                kiosk->call(issueOf(service));
    }
    // The morning so far: tickets issued over the last 40 minutes.
    REQUIRE(hall.server.stop());
    rewriteDatabase(hall.server.databasePath(), u"UPDATE tickets SET issued_at = issued_at - (2400000 - id * 60000)"_s);
    hall.server.setPort(hall.server.port());
    hall.start();

    std::vector<std::unique_ptr<SessionDriver>> counters;
    const QList<int> windows{1, 2, 3, 4, 6, 11};
    for (int i = 0; i < windows.size(); ++i) {
        counters.push_back(hall.staff(u"c%1"_s.arg(i + 1)));
        counters.back()->ok(at<protocol::WindowOpenRequest>(windows[i]));
    }
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < windows.size(); ++i) {
            counters[i]->call(at<protocol::CallNextRequest>(windows[i]));
            counters[i]->call(at<protocol::ServeStartRequest>(windows[i]));
            if (round == 0)
                counters[i]->call(at<protocol::ServeFinishRequest>(windows[i]));
        }
    // Window 4 goes to lunch; window 3 calls again, the latest call of the hall.
    counters[3]->call(at<protocol::ServeFinishRequest>(4));
    protocol::WindowPauseRequest lunch;
    lunch.window = 4;
    lunch.reason = u"lunch"_s;
    counters[3]->ok(lunch);
    counters[2]->call(at<protocol::ServeFinishRequest>(3));
    counters[2]->ok(at<protocol::CallNextRequest>(3));
    auto kiosk = hall.kiosk();
    protocol::DeviceStatusRequest paper;
    paper.printer = u"paper_low"_s;
    kiosk->ok(paper);

    using M = DisplaySettings::Mode;
    shoot(hall, M::Hall, 1, {1920, 1080}, u"hall"_s);
    shoot(hall, M::Hall, 1, {3840, 2160}, u"hall"_s);
    shoot(hall, M::Hall, 1, {1080, 1920}, u"hall"_s);
    shoot(hall, M::Window, 3, {1920, 480}, u"window"_s);
    shoot(hall, M::Window, 3, {1280, 720}, u"window"_s);
    shoot(hall, M::Window, 4, {1920, 480}, u"window-paused"_s);
    shoot(hall, M::Window, 8, {1280, 720}, u"window-closed"_s);
    shoot(hall, M::Supervisor, 1, {1920, 1080}, u"supervisor"_s);
    shoot(hall, M::Supervisor, 1, {1920, 1080}, u"supervisor-login"_s);
    // A board whose server went away: the reconnecting mark over what it last knew.
    shoot(hall, M::Hall, 1, {1920, 1080}, u"hall-reconnecting"_s, [&](DisplayController &controller) {
        controller.start();
        REQUIRE(QTest::qWaitFor([&] { return controller.connected(); }, 10000));
        QTest::qWait(1000);
        REQUIRE(hall.server.stop());
        REQUIRE(QTest::qWaitFor([&] { return !controller.connected(); }, 5000));
    });
}
