// The display against the real server: counters call, kiosks issue, the
// server restarts, alerts are raised; the board, the window-top screen and
// the supervisor view show it, and the voice says each call once, in order,
// one at a time.
#include "DisplayTestSupport.h"

#include "core/FileAudioSink.h"
#include "core/WavFile.h"
#include "integration/HallFixture.h"
#include "integration/Requests.h"

#include <QQuickItem>
#include <QSignalSpy>

using namespace hallq;
using namespace hallq::display;
using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

struct Board
{
    QTemporaryDir dir;
    std::unique_ptr<DisplayController> controller;
    std::unique_ptr<LoadedView> view;

    Board(HallFixture &hall, QmlWarnings &warnings, DisplaySettings::Mode mode = DisplaySettings::Mode::Hall,
          int window = 1, QSize size = {1920, 1080})
    {
        privateRuntimeDir();
        DisplaySettings s = displaySettings(mode, hall.server.wsUrl(), hall.displayToken);
        s.window = window;
        s.voice.fileSink = dir.filePath(u"voice.wav"_s);
        s.voice.fileSinkSpeed = 8;
        s.voice.repeat = 1;
        s.voice.gap = std::chrono::milliseconds(100);
        if (mode == DisplaySettings::Mode::Supervisor) {
            s.staffId = u"sup"_s;
            s.password = HallFixture::kPassword;
        }
        controller = std::make_unique<DisplayController>(s);
        view = std::make_unique<LoadedView>(*controller, warnings, size);
        controller->start();
        REQUIRE(QTest::qWaitFor([&] { return controller->connected(); }, 10000));
    }
    QString shownNumber() const { return view->find<QQuickItem>("callNumber")->property("text").toString(); }
    QStringList voiced() const
    {
        QStringList numbers;
        for (const auto &a : controller->voice()->log())
            numbers << a.call.ticketNumber + (a.call.recall ? u"*"_s : QString());
        return numbers;
    }
    bool voiceIdle() const
    {
        for (const auto &a : controller->voice()->log())
            if (a.finishedAtMs < 0)
                return false;
        return true;
    }
};

std::unique_ptr<SessionDriver> openCounter(HallFixture &hall, const QString &staff, int window)
{
    auto counter = hall.staff(staff);
    counter->ok(at<protocol::WindowOpenRequest>(window));
    return counter;
}

} // namespace

TEST_CASE("a call made at a counter appears on the board and is voiced exactly once", "[display][e2e]")
{
    HallFixture hall;
    QmlWarnings warnings;
    Board board(hall, warnings);
    auto kiosk = hall.kiosk();
    kiosk->ok(issueOf(u"consult"_s));
    auto counter = openCounter(hall, u"c1"_s, 1);
    const auto called = counter->ok(at<protocol::CallNextRequest>(1));
    REQUIRE(QTest::qWaitFor([&] { return board.shownNumber() == called.ticket.number; }, 5000));
    CHECK(board.controller->board()->latestWindow() == 1);
    REQUIRE(QTest::qWaitFor([&] { return board.voiced().size() == 1 && board.voiceIdle(); }, 10000));
    CHECK(board.voiced() == QStringList{called.ticket.number});
    CHECK(board.controller->voice()->log().first().outcome == Announcement::Outcome::Played);

    // A recall is a second announcement, with 重呼; nothing else is said.
    counter->ok(at<protocol::CallRecallRequest>(1));
    REQUIRE(QTest::qWaitFor([&] { return board.voiced().size() == 2 && board.voiceIdle(); }, 10000));
    CHECK(board.voiced() == QStringList{called.ticket.number, called.ticket.number + u"*"_s});
    CHECK(board.controller->voice()->log().last().phrase.text.startsWith(u"重呼"_s));
    QTest::qWait(500);
    CHECK(board.voiced().size() == 2);
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("three calls within one second are voiced in order without overlapping", "[display][e2e]")
{
    HallFixture hall(false);
    hall.server.addStaff(u"c3"_s, u"赵强"_s, {u"counter"_s}, HallFixture::kPassword);
    hall.start();
    QmlWarnings warnings;
    Board board(hall, warnings);
    QSignalSpy calls(&board.controller->session(), &client::HallSession::callEvent);
    auto kiosk = hall.kiosk();
    for (int i = 0; i < 3; ++i)
        kiosk->ok(issueOf(u"consult"_s));
    std::vector<std::unique_ptr<SessionDriver>> counters;
    for (int w = 1; w <= 3; ++w)
        counters.push_back(openCounter(hall, u"c%1"_s.arg(w), w));

    // All three at once: the server decides them within milliseconds of each other.
    QElapsedTimer clock;
    clock.start();
    int answered = 0;
    for (int w = 1; w <= 3; ++w)
        counters[w - 1]->session->request(at<protocol::CallNextRequest>(w), [&](auto r) {
            answered += std::holds_alternative<protocol::TicketReply>(r);
        });
    REQUIRE(QTest::qWaitFor([&] { return answered == 3; }, 5000));
    CHECK(clock.elapsed() < 1000);
    REQUIRE(QTest::qWaitFor([&] { return board.voiced().size() == 3 && board.voiceIdle(); }, 20000));

    // In the order the board received the calls, each exactly once.
    QStringList received;
    for (const auto &args : calls)
        received << args.at(0).value<protocol::CallEvent>().call.ticketNumber;
    CHECK(received.size() == 3);
    CHECK(board.voiced() == received);
    CHECK(QSet<QString>(received.cbegin(), received.cend()).size() == 3);
    const auto &log = board.controller->voice()->log();
    for (int i = 1; i < 3; ++i)
        CHECK(log[i].startedAtMs >= log[i - 1].finishedAtMs);

    // The rendered WAV: three segments one after the other, each exactly its call's words.
    auto *sink = qobject_cast<FileAudioSink *>(board.controller->sink());
    REQUIRE(sink);
    const auto segments = sink->segments();
    REQUIRE(segments.size() == 3);
    const auto recording = WavFile::read(sink->path());
    REQUIRE(recording);
    qsizetype expectedEnd = 0;
    for (int i = 0; i < 3; ++i) {
        INFO("announcement " << i << " " << log[i].phrase.text.toStdString());
        const PcmAudio words = board.controller->clips().render(log[i].phrase, 1, 0.9);
        expectedEnd += words.samples.size();
        if (i > 0)
            CHECK(segments[i].start >= segments[i - 1].start + segments[i - 1].length);
        REQUIRE(segments[i].length == words.samples.size());
        CHECK(recording->samples.mid(segments[i].start, segments[i].length) == words.samples);
    }
    CHECK(recording->samples.size() >= expectedEnd);
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("a board connected across a server restart shows the calls made after it", "[display][e2e]")
{
    HallFixture hall;
    QmlWarnings warnings;
    Board board(hall, warnings);
    auto kiosk = hall.kiosk();
    for (int i = 0; i < 3; ++i)
        kiosk->ok(issueOf(u"consult"_s));
    kiosk.reset();
    {
        auto counter = openCounter(hall, u"c1"_s, 1);
        const auto first = counter->ok(at<protocol::CallNextRequest>(1));
        REQUIRE(QTest::qWaitFor([&] { return board.shownNumber() == first.ticket.number; }, 5000));
        counter->ok(at<protocol::ServeStartRequest>(1));
        counter->ok(at<protocol::ServeFinishRequest>(1));
    }
    REQUIRE(QTest::qWaitFor([&] { return board.voiced().size() == 1 && board.voiceIdle(); }, 10000));

    // The board will try again only after 3 s: the hall moves on meanwhile.
    board.controller->session().backoff().setRange(std::chrono::milliseconds(3000), std::chrono::milliseconds(3000));
    board.controller->session().backoff().setJitter(0);
    REQUIRE(hall.server.stop());
    REQUIRE(QTest::qWaitFor([&] { return board.controller->board()->stale(); }, 5000));
    CHECK(board.view->find<QQuickItem>("reconnectMark")->isVisible());
    hall.server.setPort(hall.server.port());
    hall.start();
    auto counter = hall.staff(u"c1"_s);
    const auto whileAway = counter->ok(at<protocol::CallNextRequest>(1));
    CHECK_FALSE(board.controller->connected());

    // Back: the call made while it was away is on the board, but not announced late.
    REQUIRE(QTest::qWaitFor([&] { return board.controller->connected(); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return board.shownNumber() == whileAway.ticket.number; }, 5000));
    CHECK_FALSE(board.view->find<QQuickItem>("reconnectMark")->isVisible());
    QTest::qWait(300);
    CHECK(board.voiced().size() == 1);

    // And it is live again: the next call is shown and voiced.
    counter->ok(at<protocol::ServeStartRequest>(1));
    counter->ok(at<protocol::ServeFinishRequest>(1));
    const auto after = counter->ok(at<protocol::CallNextRequest>(1));
    REQUIRE(QTest::qWaitFor([&] { return board.shownNumber() == after.ticket.number; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return board.voiced().size() == 2; }, 5000));
    CHECK(board.voiced().last() == after.ticket.number);
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("the window-top screen follows its window", "[display][e2e]")
{
    HallFixture hall;
    QmlWarnings warnings;
    Board screen(hall, warnings, DisplaySettings::Mode::Window, 2, {1920, 480});
    auto *model = screen.controller->windowScreen();
    CHECK(model->state() == u"closed"_s);
    auto kiosk = hall.kiosk();
    kiosk->ok(issueOf(u"consult"_s));
    auto counter = openCounter(hall, u"c2"_s, 2);
    REQUIRE(QTest::qWaitFor([&] { return model->state() == u"idle"_s; }, 5000));
    CHECK(model->staffName() == u"李芳"_s);
    CHECK(model->staffId() == u"c2"_s);
    const auto called = counter->ok(at<protocol::CallNextRequest>(2));
    REQUIRE(QTest::qWaitFor([&] { return model->currentTicket() == called.ticket.number; }, 5000));
    CHECK(screen.view->find<QQuickItem>("currentTicket")->property("text").toString() == called.ticket.number);
    CHECK(model->callSerial() == 1);
    counter->ok(at<protocol::ServeStartRequest>(2));
    counter->ok(at<protocol::ServeFinishRequest>(2));
    protocol::WindowPauseRequest pause;
    pause.window = 2;
    pause.reason = u"lunch"_s;
    counter->ok(pause);
    REQUIRE(QTest::qWaitFor([&] { return model->state() == u"paused"_s; }, 5000));
    CHECK(screen.view->find<QQuickItem>("stateBadge")->property("text").toString() == u"暂停服务（午间休息）"_s);
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("alerts raised by a long wait appear in the supervisor view", "[display][e2e]")
{
    HallFixture hall(false);
    hall.server.writeHall([](QJsonObject &h) {
        QJsonObject alerts = h.value(u"alerts"_s).toObject();
        alerts.insert(u"checkSeconds"_s, 1);
        h.insert(u"alerts"_s, alerts);
    });
    hall.start();
    {
        auto kiosk = hall.kiosk();
        for (int i = 0; i < 3; ++i)
            kiosk->ok(issueOf(u"consult"_s));
    }
    REQUIRE(hall.server.stop());
    rewriteDatabase(hall.server.databasePath(), u"UPDATE tickets SET issued_at = issued_at - 2700000"_s); // 45 min
    hall.server.setPort(hall.server.port());
    hall.start();

    QmlWarnings warnings;
    Board view(hall, warnings, DisplaySettings::Mode::Supervisor);
    auto *supervisor = view.controller->supervisor();
    REQUIRE(QTest::qWaitFor([&] { return supervisor->alertModel()->openCount() >= 1; }, 5000));
    const auto &first = supervisor->alertModel()->rows().first();
    CHECK(first.kind == u"wait"_s);
    CHECK(first.level == u"yellow"_s);
    CHECK(first.message.contains(u"综合咨询"_s));
    CHECK(view.view->find<QQuickItem>("alerts")->property("count").toInt() >= 1);
    CHECK(view.view->find<QQuickItem>("yellowCount")->property("text").toString() == u"黄牌 1"_s);
    CHECK(supervisor->staffName() == u"张主任"_s);

    // The day's figures.
    REQUIRE(QTest::qWaitFor([&] { return !supervisor->services().isEmpty(); }, 5000));
    QVariantMap consult;
    for (const QVariant &v : supervisor->services())
        if (v.toMap().value(u"serviceId"_s) == u"consult"_s)
            consult = v.toMap();
    CHECK(consult.value(u"waiting"_s).toInt() == 3);
    CHECK(consult.value(u"longestWaitSeconds"_s).toInt() >= 45 * 60);
    CHECK(consult.value(u"series"_s).toList().size() >= 4);

    // A kiosk out of paper: a red card arrives live, without reloading.
    auto kiosk = hall.kiosk();
    protocol::DeviceStatusRequest paper;
    paper.printer = u"paper_out"_s;
    kiosk->ok(paper);
    REQUIRE(QTest::qWaitFor([&] { return supervisor->alertModel()->unacknowledgedRed() == 1; }, 5000));
    CHECK(supervisor->alertModel()->rows().first().kind == u"printer"_s);

    // Acknowledged from the view: the server records who.
    const qint64 id = supervisor->alertModel()->rows().first().id;
    supervisor->acknowledge(id, u"已换纸"_s);
    REQUIRE(QTest::qWaitFor([&] { return supervisor->alertModel()->unacknowledgedRed() == 0; }, 5000));
    CHECK(supervisor->alertModel()->find(id)->acknowledgedBy == u"sup"_s);
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("a wrong supervisor password brings the log-in back with a reason", "[display][e2e]")
{
    HallFixture hall;
    QmlWarnings warnings;
    privateRuntimeDir();
    DisplaySettings s = displaySettings(DisplaySettings::Mode::Supervisor, hall.server.wsUrl(), {});
    DisplayController controller(s);
    LoadedView view(controller, warnings);
    controller.start();
    CHECK(controller.supervisor()->loginRequired());
    controller.supervisor()->login(u"sup"_s, u"wrong password"_s);
    REQUIRE(QTest::qWaitFor([&] { return controller.supervisor()->loginRequired(); }, 10000));
    CHECK(controller.supervisor()->lastError() == u"工号或密码错误"_s);
    controller.supervisor()->login(u"c1"_s, HallFixture::kPassword); // a counter is no supervisor
    REQUIRE(QTest::qWaitFor([&] { return controller.supervisor()->lastError() == u"此账号没有值班长权限"_s; }, 10000));
    CHECK(controller.supervisor()->loginRequired());
    CHECK_FALSE(controller.session().isReady());
    INFO(warnings.report());
    CHECK(warnings.clean());
}
