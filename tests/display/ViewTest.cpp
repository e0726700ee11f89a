// The display's QML, offscreen, fed through the mirror as the server would
// feed it: every mode and layout loads without one QML warning, and shows
// what the lobby needs to read.
#include "DisplayTestSupport.h"

#include "core/AlertListModel.h"

#include <QQuickItem>

using namespace hallq;
using namespace hallq::display;
using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

protocol::HallSnapshot sampleHall()
{
    protocol::HallSnapshot h;
    h.hallId = u"chaling"_s;
    h.hallName = u"茶陵县政务服务中心"_s;
    h.serverTime = QDateTime::currentDateTimeUtc();
    h.epoch = u"e1"_s;
    h.seq = 10;
    const QStringList ids{u"consult"_s, u"accept"_s, u"pickup"_s};
    const QStringList names{u"综合咨询"_s, u"综合受理"_s, u"出件"_s};
    for (int i = 0; i < ids.size(); ++i) {
        protocol::ServiceInfo s;
        s.id = ids[i];
        s.name = names[i];
        s.prefix = QString(QChar(u'A' + i));
        s.open = true;
        h.services << s;
        h.queues << protocol::QueueInfo{ids[i], 4 + i, 600 * (i + 1), 10, 2};
    }
    for (int n = 1; n <= 3; ++n) {
        protocol::WindowInfo w;
        w.number = n;
        w.name = u"综合受理窗口"_s;
        w.services = {u"consult"_s, u"accept"_s};
        w.state = n == 1 ? u"serving"_s : n == 2 ? u"paused"_s : u"closed"_s;
        if (n == 2)
            w.pauseReason = u"lunch"_s;
        if (n < 3) {
            w.staffId = u"w0%1"_s.arg(n);
            w.staffName = n == 1 ? u"李明"_s : u"周芳"_s;
            w.since = QDateTime::currentDateTimeUtc().addSecs(-600);
        }
        if (n == 1) {
            w.currentTicketId = 17;
            w.currentTicketNumber = u"A017"_s;
        }
        h.windows << w;
    }
    for (int i = 0; i < 5; ++i) {
        protocol::CallInfo c;
        c.ticketId = 10 + i;
        c.ticketNumber = u"A0%1"_s.arg(10 + i);
        c.serviceId = u"consult"_s;
        c.window = 1 + i % 3;
        c.at = QDateTime::currentDateTimeUtc().addSecs(-600 + 60 * i);
        h.recentCalls.prepend(c);
    }
    return h;
}

protocol::CallInfo liveCall(const QString &number, int window)
{
    protocol::CallInfo c;
    c.ticketId = 99;
    c.ticketNumber = number;
    c.serviceId = u"consult"_s;
    c.window = window;
    c.at = QDateTime::currentDateTimeUtc();
    return c;
}

DisplaySettings offline(DisplaySettings::Mode mode)
{
    DisplaySettings s = displaySettings(mode, QUrl(u"ws://127.0.0.1:1"_s), u"unused"_s);
    s.voice.enabled = false;
    s.notices = {u"对外服务时间：法定工作日上午8:30—12:00"_s};
    return s;
}

} // namespace

TEST_CASE("the hall board shows the latest call at least 12% of the screen high in every layout", "[display][qml]")
{
    privateRuntimeDir();
    const QList<QSize> sizes{{1920, 1080}, {3840, 2160}, {1080, 1920}};
    for (const QSize &size : sizes) {
        INFO(size.width() << "x" << size.height());
        QmlWarnings warnings;
        DisplayController controller(offline(DisplaySettings::Mode::Hall));
        LoadedView view(controller, warnings, size);
        controller.mirror().applySnapshot(sampleHall());
        controller.mirror().applyCall(liveCall(u"B123"_s, 12), client::EventOrigin::Live);
        auto *number = view.find<QQuickItem>("callNumber");
        REQUIRE(number);
        REQUIRE(QTest::qWaitFor([&] { return number->property("text").toString() == u"B123"_s; }, 3000));
        CHECK(controller.board()->callSerial() == 1);
        const int pixelSize = number->property("font").value<QFont>().pixelSize();
        CHECK(pixelSize >= 0.12 * size.height());
        CHECK(number->height() >= 0.12 * size.height());
        // Fully inside the window.
        const QPointF topLeft = number->mapToScene({0, 0});
        CHECK(topLeft.x() >= 0);
        CHECK(topLeft.x() + number->width() <= size.width());
        CHECK(view.find<QQuickItem>("callWindow")->property("text").toString().contains(u"12"_s));
        CHECK(view.find<QQuickItem>("recentCalls")->property("count").toInt() == 6);
        CHECK(view.find<QQuickItem>("services")->property("count").toInt() == 3);
        CHECK(view.find<QQuickItem>("reconnectMark")->isVisible()); // never connected: it says so
        CHECK(view.find<QQuickItem>("voiceMark")->isVisible());     // --no-voice: it says so, discreetly
        QTest::qWait(300); // the flash and the ticker run: no warning from them either
        INFO(warnings.report());
        CHECK(warnings.clean());
    }
}

TEST_CASE("a call replayed on reconnect is listed but neither flashed nor voiced", "[display][qml]")
{
    privateRuntimeDir();
    QmlWarnings warnings;
    DisplaySettings s = offline(DisplaySettings::Mode::Hall);
    QTemporaryDir dir;
    s.voice.enabled = true;
    s.voice.fileSink = dir.filePath(u"v.wav"_s);
    s.voice.fileSinkSpeed = 8;
    DisplayController controller(s);
    LoadedView view(controller, warnings);
    controller.mirror().applySnapshot(sampleHall());
    controller.mirror().applyCall(liveCall(u"A099"_s, 2), client::EventOrigin::Replayed);
    CHECK(controller.board()->latestNumber() == u"A099"_s);
    CHECK(controller.board()->callSerial() == 0);
    CHECK(controller.voice()->log().isEmpty());
    protocol::CallInfo old = liveCall(u"A100"_s, 2);
    old.at = old.at.addSecs(-120); // live, but minutes old: too late to send anyone anywhere
    controller.mirror().applyCall(old, client::EventOrigin::Live);
    CHECK(controller.voice()->log().isEmpty());
    controller.mirror().applyCall(liveCall(u"A101"_s, 2), client::EventOrigin::Live);
    REQUIRE(controller.voice()->log().size() == 1);
    CHECK(controller.voice()->log().first().call.ticketNumber == u"A101"_s);
    CHECK_FALSE(view.find<QQuickItem>("voiceMark")->isVisible()); // speaking: nothing to say about it
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("the window-top screen fits strip and 16:9 screens", "[display][qml]")
{
    privateRuntimeDir();
    for (const QSize size : {QSize(1920, 480), QSize(1280, 720)}) {
        INFO(size.width() << "x" << size.height());
        QmlWarnings warnings;
        DisplaySettings s = offline(DisplaySettings::Mode::Window);
        s.window = 2;
        DisplayController controller(s);
        LoadedView view(controller, warnings, size);
        protocol::HallSnapshot hall = sampleHall();
        controller.mirror().applySnapshot(hall);
        auto *badge = view.find<QQuickItem>("stateBadge");
        REQUIRE(badge);
        CHECK(badge->property("text").toString() == u"暂停服务（午间休息）"_s);
        CHECK(badge->property("status").toString() == u"paused"_s);
        hall.windows[1].state = u"serving"_s;
        hall.windows[1].pauseReason.reset();
        hall.windows[1].currentTicketNumber = u"B007"_s;
        controller.mirror().applyWindow(hall.windows[1]);
        CHECK(view.find<QQuickItem>("currentTicket")->property("text").toString() == u"B007"_s);
        CHECK(badge->property("text").toString() == u"正在办理"_s);
        CHECK(controller.windowScreen()->staffName() == u"周芳"_s);
        // Everything inside the screen.
        for (auto *item : view.window->contentItem()->findChildren<QQuickItem *>()) {
            if (!item->isVisible() || item->width() <= 0)
                continue;
            const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            INFO(item->objectName().toStdString() << " " << r.right() << "," << r.bottom());
            CHECK(r.right() <= size.width() + 1);
            CHECK(r.bottom() <= size.height() + 1);
        }
        INFO(warnings.report());
        CHECK(warnings.clean());
    }
}

TEST_CASE("the supervisor view asks for a log-in and lists red and yellow alerts", "[display][qml]")
{
    privateRuntimeDir();
    QmlWarnings warnings;
    DisplaySettings s = offline(DisplaySettings::Mode::Supervisor);
    DisplayController controller(s); // no staff credentials: the view asks
    LoadedView view(controller, warnings);
    CHECK(controller.supervisor()->loginRequired());
    auto *staffId = view.find<QQuickItem>("staffId");
    REQUIRE(staffId);
    CHECK(staffId->isVisible());
    controller.supervisor()->login(QString(), QString());
    CHECK(controller.supervisor()->lastError() == u"请输入工号和密码"_s);

    controller.mirror().applySnapshot(sampleHall());
    protocol::AlertInfo red;
    red.id = 1;
    red.kind = u"wait"_s;
    red.level = u"red"_s;
    red.subject = u"consult"_s;
    red.message = u"综合咨询：3 人等候超过 60 分钟"_s;
    red.raisedAt = QDateTime::currentDateTimeUtc();
    protocol::AlertInfo yellow = red;
    yellow.id = 2;
    yellow.level = u"yellow"_s;
    yellow.kind = u"printer"_s;
    protocol::AlertInfo old = red;
    old.id = 3;
    old.resolvedAt = QDateTime::currentDateTimeUtc();
    controller.supervisor()->alertModel()->reset({old, yellow, red});
    auto *alerts = view.find<QQuickItem>("alerts");
    REQUIRE(alerts);
    CHECK(alerts->property("count").toInt() == 3);
    const auto &rows = controller.supervisor()->alertModel()->rows();
    CHECK(rows[0].id == 1); // open red first
    CHECK(rows[1].id == 2);
    CHECK(rows[2].id == 3); // history last
    CHECK(view.find<QQuickItem>("redCount")->property("text").toString() == u"红牌 1"_s);
    CHECK(view.find<QQuickItem>("yellowCount")->property("text").toString() == u"黄牌 1"_s);
    CHECK(view.find<QQuickItem>("windows")->property("count").toInt() == 3);
    INFO(warnings.report());
    CHECK(warnings.clean());
}
