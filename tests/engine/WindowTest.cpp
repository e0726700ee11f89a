#include "EngineFixture.h"

using namespace hallq::engine;
using namespace hallq::engine::test;

TEST_CASE("windows open, pause, resume and close", "[engine][window]")
{
    EngineFixture f;
    const QDateTime t0 = f.clock.now();
    REQUIRE(f.engine.windows().size() == 5);
    CHECK(f.engine.window(1)->state == WindowState::Closed);

    const auto opened = f.engine.openWindow(1, QStringLiteral("wang"));
    REQUIRE(opened.ok());
    CHECK(opened.value().window.state == WindowState::Idle);
    CHECK(opened.value().window.staffId == QStringLiteral("wang"));
    CHECK(opened.value().window.openedAt == t0);
    CHECK(opened.value().window.since == t0);
    REQUIRE(opened.value().changes.events.size() == 1);
    CHECK(opened.value().changes.events[0].type == EventType::WindowOpened);
    CHECK(opened.value().changes.events[0].window == 1);
    CHECK(opened.value().changes.windows.size() == 1);

    f.clock.advanceSeconds(60);
    const auto paused = f.engine.pauseWindow(1, PauseReason::Lunch, QStringLiteral("午休"), QStringLiteral("wang"));
    REQUIRE(paused.ok());
    CHECK(paused.value().window.state == WindowState::Paused);
    CHECK(paused.value().window.pauseReason == PauseReason::Lunch);
    CHECK(paused.value().window.pauseNote == QStringLiteral("午休"));
    CHECK(paused.value().window.since == t0.addSecs(60));
    CHECK(paused.value().changes.events[0].detail.value(QStringLiteral("reason")).toString() == QStringLiteral("lunch"));

    f.clock.advanceSeconds(60);
    const auto resumed = f.engine.resumeWindow(1, QStringLiteral("wang"));
    REQUIRE(resumed.ok());
    CHECK(resumed.value().window.state == WindowState::Idle);
    CHECK(resumed.value().window.since == t0.addSecs(120));
    CHECK(resumed.value().window.openedAt == t0); // attendance keeps the log-in time
    CHECK(resumed.value().changes.events[0].detail.value(QStringLiteral("pausedSeconds")).toInt() == 60);

    const auto closed = f.engine.closeWindow(1, QStringLiteral("wang"));
    REQUIRE(closed.ok());
    CHECK(closed.value().window.state == WindowState::Closed);
    CHECK(closed.value().window.staffId.isEmpty());
    CHECK(closed.value().changes.events[0].type == EventType::WindowClosed);
    CHECK(closed.value().changes.events[0].id > resumed.value().changes.events[0].id);

    // Closed during a pause is fine too (end of day during a meeting).
    f.open(2);
    REQUIRE(f.engine.pauseWindow(2, PauseReason::Meeting, {}, f.actor(2)).ok());
    CHECK(f.engine.closeWindow(2, f.actor(2)).ok());
}

TEST_CASE("window rejections", "[engine][window]")
{
    EngineFixture f;
    SECTION("unknown window")
    {
        f.expectRejected(ErrorCode::UnknownWindow, [&] { return f.engine.openWindow(42, QStringLiteral("x")); });
        f.expectRejected(ErrorCode::UnknownWindow, [&] { return f.engine.closeWindow(42, {}); });
        f.expectRejected(ErrorCode::UnknownWindow, [&] { return f.engine.callNext(42, {}); });
    }
    SECTION("no staff id")
    {
        f.expectRejected(ErrorCode::InvalidArgument, [&] { return f.engine.openWindow(1, {}); });
    }
    SECTION("one staff member, one window")
    {
        REQUIRE(f.engine.openWindow(1, QStringLiteral("wang")).ok());
        f.expectRejected(ErrorCode::StaffAlreadyOpen, [&] { return f.engine.openWindow(2, QStringLiteral("wang")); });
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.openWindow(1, QStringLiteral("li")); });
        // The same person logging in again changes nothing and succeeds.
        const EngineState before = f.engine.state();
        const auto again = f.engine.openWindow(1, QStringLiteral("wang"));
        REQUIRE(again.ok());
        CHECK(again.value().changes.isEmpty());
        CHECK(diffState(before, f.engine.state()).isEmpty());
        // After closing, the staff member may open another window.
        REQUIRE(f.engine.closeWindow(1, QStringLiteral("wang")).ok());
        CHECK(f.engine.openWindow(2, QStringLiteral("wang")).ok());
    }
    SECTION("closed window")
    {
        f.expectRejected(ErrorCode::WindowNotOpen, [&] { return f.engine.closeWindow(1, {}); });
        f.expectRejected(ErrorCode::WindowNotOpen, [&] { return f.engine.pauseWindow(1, PauseReason::Other, {}, {}); });
        f.expectRejected(ErrorCode::WindowNotOpen, [&] { return f.engine.resumeWindow(1, {}); });
        f.issue("consult");
        f.expectRejected(ErrorCode::WindowNotOpen, [&] { return f.engine.callNext(1, {}); });
        f.expectRejected(ErrorCode::WindowNotOpen, [&] { return f.engine.recall(1, {}); });
    }
    SECTION("paused window")
    {
        f.open(1);
        const Ticket t = f.issue("consult");
        REQUIRE(f.engine.pauseWindow(1, PauseReason::SystemFault, {}, {}).ok());
        f.expectRejected(ErrorCode::WindowPaused, [&] { return f.engine.pauseWindow(1, PauseReason::Other, {}, {}); });
        f.expectRejected(ErrorCode::WindowPaused, [&] { return f.engine.callNext(1, {}); });
        f.expectRejected(ErrorCode::WindowPaused, [&] { return f.engine.callTicket(1, t.id, {}); });
        f.expectRejected(ErrorCode::WindowPaused, [&] { return f.engine.startServing(1, {}); });
        // A paused window cannot take calls: the ticket waits for another one.
        CHECK(f.engine.openWindowsServing(u"consult") == 0);
    }
    SECTION("busy window")
    {
        f.open(1);
        f.issue("consult");
        f.callNext(1);
        f.expectRejected(ErrorCode::WindowBusy, [&] { return f.engine.closeWindow(1, {}); });
        f.expectRejected(ErrorCode::WindowBusy, [&] { return f.engine.pauseWindow(1, PauseReason::Lunch, {}, {}); });
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.resumeWindow(1, {}); });
        f.issue("consult");
        f.expectRejected(ErrorCode::WindowBusy, [&] { return f.engine.callNext(1, {}); });
    }
    SECTION("resume needs a pause")
    {
        f.open(1);
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.resumeWindow(1, {}); });
    }
}
