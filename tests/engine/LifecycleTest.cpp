#include "EngineFixture.h"

using namespace hallq::engine;
using namespace hallq::engine::test;

namespace {

FinishCommand finishAt(int window, CaseType type = CaseType::Immediate)
{
    FinishCommand f;
    f.window = window;
    f.caseType = type;
    f.outcome = QStringLiteral("done");
    f.actor = EngineFixture::actor(window);
    return f;
}

} // namespace

TEST_CASE("waiting -> called -> serving -> finished", "[engine][lifecycle]")
{
    EngineFixture f;
    f.open(1);
    const Ticket issued = f.issue("consult");
    f.clock.advanceSeconds(30);

    const auto called = f.engine.callNext(1, f.actor(1));
    REQUIRE(called.ok());
    CHECK(called.value().ticket.id == issued.id);
    CHECK(called.value().ticket.state == TicketState::Called);
    CHECK(called.value().ticket.window == 1);
    CHECK(called.value().ticket.firstWindow == 1);
    CHECK(called.value().ticket.calledAt == f.clock.now());
    CHECK(called.value().window.state == WindowState::Calling);
    CHECK(called.value().window.currentTicket == issued.id);
    REQUIRE(called.value().changes.events.size() == 1);
    const Event &e = called.value().changes.events[0];
    CHECK(e.type == EventType::Called);
    CHECK(e.window == 1);
    CHECK(e.ticketId == issued.id);
    CHECK(e.actor == f.actor(1));
    CHECK(e.at == f.clock.now());
    CHECK(e.detail.value(QStringLiteral("number")).toString() == issued.number);

    f.clock.advanceSeconds(10);
    const auto serving = f.engine.startServing(1, f.actor(1));
    REQUIRE(serving.ok());
    CHECK(serving.value().ticket.state == TicketState::Serving);
    CHECK(serving.value().window.state == WindowState::Serving);
    CHECK(serving.value().ticket.servingAt == f.clock.now());

    f.clock.advanceSeconds(200);
    const auto done = f.engine.finish(finishAt(1, CaseType::Promised));
    REQUIRE(done.ok());
    CHECK(done.value().ticket.state == TicketState::Finished);
    CHECK(done.value().ticket.caseType == CaseType::Promised);
    CHECK(done.value().ticket.outcome == QStringLiteral("done"));
    CHECK(done.value().ticket.finishedAt == f.clock.now());
    CHECK(done.value().window.state == WindowState::Idle);
    CHECK(done.value().window.currentTicket == 0);
    CHECK(done.value().changes.events[0].detail.value(QStringLiteral("handlingSeconds")).toInt() == 200);
    CHECK(f.engine.servedToday(u"consult") == 1);
}

TEST_CASE("lifecycle rejections", "[engine][lifecycle]")
{
    EngineFixture f;
    f.open(1);
    f.open(4);
    SECTION("nothing waiting, nothing current")
    {
        f.expectRejected(ErrorCode::NothingWaiting, [&] { return f.engine.callNext(1, {}); });
        f.issue("cross"); // waits, but not for window 1
        f.expectRejected(ErrorCode::NothingWaiting, [&] { return f.engine.callNext(1, {}); });
        f.expectRejected(ErrorCode::WindowIdle, [&] { return f.engine.recall(1, {}); });
        f.expectRejected(ErrorCode::WindowIdle, [&] { return f.engine.startServing(1, {}); });
        f.expectRejected(ErrorCode::WindowIdle, [&] { return f.engine.finish(finishAt(1)); });
        f.expectRejected(ErrorCode::WindowIdle, [&] { return f.engine.noShow(1, {}); });
        f.expectRejected(ErrorCode::WindowIdle, [&] { return f.engine.park(1, {}); });
        TransferCommand t;
        t.window = 1;
        t.toService = QStringLiteral("business");
        f.expectRejected(ErrorCode::WindowIdle, [&] { return f.engine.transfer(t); });
    }
    SECTION("unknown tickets")
    {
        f.expectRejected(ErrorCode::UnknownTicket, [&] { return f.engine.callTicket(1, 999, {}); });
        f.expectRejected(ErrorCode::UnknownTicket, [&] { return f.engine.cancel(999, {}); });
        f.expectRejected(ErrorCode::UnknownTicket, [&] { return f.engine.reactivate(999, {}, {}); });
        f.expectRejected(ErrorCode::UnknownTicket, [&] { return f.engine.unpark(1, 999, {}); });
    }
    SECTION("wrong states")
    {
        const Ticket a = f.issue("consult");
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.reactivate(a.id, {}, {}); });
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.unpark(1, a.id, {}); });
        f.callNext(1);
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.finish(finishAt(1)); }); // not serving yet
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.cancel(a.id, {}); });    // called
        REQUIRE(f.engine.startServing(1, {}).ok());
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.startServing(1, {}); });
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.recall(1, {}); });
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.noShow(1, {}); });
        REQUIRE(f.engine.finish(finishAt(1)).ok());
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.callTicket(1, a.id, {}); });
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.cancel(a.id, {}); });
    }
    SECTION("not served here")
    {
        const Ticket c = f.issue("cross");
        f.expectRejected(ErrorCode::NotServedHere, [&] { return f.engine.callTicket(1, c.id, {}); });
        CHECK(f.engine.callTicket(4, c.id, {}).ok());
        REQUIRE(f.engine.park(4, {}).ok());
        f.expectRejected(ErrorCode::NotServedHere, [&] { return f.engine.unpark(1, c.id, {}); });
    }
    SECTION("bad transfers")
    {
        f.issue("consult");
        f.callNext(1);
        TransferCommand t;
        t.window = 1;
        f.expectRejected(ErrorCode::InvalidArgument, [&] { return f.engine.transfer(t); }); // neither
        t.toService = QStringLiteral("business");
        t.toWindow = 2;
        f.expectRejected(ErrorCode::InvalidArgument, [&] { return f.engine.transfer(t); }); // both
        t.toWindow = 0;
        t.toService = QStringLiteral("nope");
        f.expectRejected(ErrorCode::UnknownService, [&] { return f.engine.transfer(t); });
        t.toService.clear();
        t.toWindow = 42;
        f.expectRejected(ErrorCode::UnknownWindow, [&] { return f.engine.transfer(t); });
        t.toWindow = 1;
        f.expectRejected(ErrorCode::InvalidArgument, [&] { return f.engine.transfer(t); }); // to itself
    }
}

TEST_CASE("callTicket calls a chosen waiting ticket", "[engine][lifecycle]")
{
    EngineFixture f;
    f.open(1);
    const Ticket a1 = f.issue("consult");
    const Ticket a2 = f.issue("consult");
    const auto r = f.engine.callTicket(1, a2.id, f.actor(1));
    REQUIRE(r.ok());
    CHECK(r.value().ticket.id == a2.id);
    CHECK(r.value().changes.events[0].detail.value(QStringLiteral("reason")).toString() == QStringLiteral("explicit"));
    CHECK(f.ticket(a1.id).bypassCount == 1); // a1 was passed over
}

TEST_CASE("recall up to the limit, then the ticket is a no-show", "[engine][lifecycle]")
{
    EngineFixture f; // recallLimit 2
    f.open(1);
    const Ticket t = f.issue("consult");
    f.callNext(1);
    for (int i = 1; i <= 2; ++i) {
        const auto r = f.engine.recall(1, f.actor(1));
        REQUIRE(r.ok());
        CHECK(r.value().ticket.recallCount == i);
        CHECK(r.value().ticket.state == TicketState::Called);
        CHECK(r.value().changes.events[0].type == EventType::Recalled);
    }
    const auto last = f.engine.recall(1, f.actor(1));
    REQUIRE(last.ok());
    CHECK(last.value().ticket.state == TicketState::NoShow);
    CHECK(last.value().window.state == WindowState::Idle);
    CHECK(last.value().window.currentTicket == 0);
    REQUIRE(last.value().changes.events.size() == 1);
    CHECK(last.value().changes.events[0].type == EventType::NoShow);
    CHECK(last.value().changes.events[0].detail.value(QStringLiteral("reason")).toString() == QStringLiteral("recall_limit"));
    CHECK(ids(f.engine.noShowTickets(u"consult")) == QList<qint64>{t.id});
}

TEST_CASE("a reactivated no-show can be called again at its placement", "[engine][lifecycle]")
{
    EngineFixture f;
    f.open(1);
    const Ticket a1 = f.issue("consult");
    const Ticket a2 = f.issue("consult");
    const Ticket a3 = f.issue("consult");
    f.callNext(1); // a1
    REQUIRE(f.engine.recall(1, {}).ok());
    const auto gone = f.engine.noShow(1, f.actor(1));
    REQUIRE(gone.ok());
    CHECK(gone.value().ticket.state == TicketState::NoShow);
    CHECK(f.engine.waitingCount(u"consult") == 2);

    SECTION("default placement: the end")
    {
        const auto back = f.engine.reactivate(a1.id, std::nullopt, QStringLiteral("desk"));
        REQUIRE(back.ok());
        CHECK(back.value().ticket.state == TicketState::Waiting);
        CHECK(back.value().ticket.recallCount == 0);
        CHECK_FALSE(back.value().ticket.finishedAt.isValid());
        CHECK(back.value().changes.events[0].type == EventType::Reactivated);
        CHECK(ids(f.engine.waitingTickets(u"consult")) == QList<qint64>{a2.id, a3.id, a1.id});
        CHECK(f.engine.peopleAhead(a1.id) == 2);
        CHECK(f.serveNext(1).id == a2.id);
        CHECK(f.serveNext(1).id == a3.id);
        CHECK(f.serveNext(1).id == a1.id); // it did not vanish
    }
    SECTION("front")
    {
        REQUIRE(f.engine.reactivate(a1.id, Placement::Front, {}).ok());
        CHECK(ids(f.engine.waitingTickets(u"consult")) == QList<qint64>{a1.id, a2.id, a3.id});
        CHECK(f.engine.peopleAhead(a1.id) == 0);
        CHECK(f.callNext(1).id == a1.id);
    }
    SECTION("by issue time")
    {
        f.serveNext(1); // a2 goes; a1 was issued before a3
        REQUIRE(f.engine.reactivate(a1.id, Placement::ByIssueTime, {}).ok());
        CHECK(ids(f.engine.waitingTickets(u"consult")) == QList<qint64>{a1.id, a3.id});
        CHECK(f.callNext(1).id == a1.id);
    }
    SECTION("only today's no-shows")
    {
        f.clock.set(local(2026, 3, 3, 9, 0));
        f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.reactivate(a1.id, {}, {}); });
        CHECK(f.engine.noShowTickets(u"consult").isEmpty());
    }
}

TEST_CASE("transfer returns the ticket to a queue and keeps the first window", "[engine][lifecycle][transfer]")
{
    EngineFixture f;
    f.open(1);
    f.open(3);
    f.open(5);
    const Ticket a = f.issue("consult");
    f.callNext(1);
    REQUIRE(f.engine.startServing(1, {}).ok());

    TransferCommand cmd;
    cmd.window = 1;
    cmd.toService = QStringLiteral("business");
    cmd.note = QStringLiteral("needs the licence desk");
    cmd.actor = f.actor(1);
    const auto moved = f.engine.transfer(cmd);
    REQUIRE(moved.ok());
    const Ticket t = moved.value().ticket;
    CHECK(t.state == TicketState::Waiting);
    CHECK(t.serviceId == QStringLiteral("business"));
    CHECK(t.number == a.number); // the citizen keeps the slip in hand
    CHECK(t.transferCount == 1);
    CHECK(t.firstWindow == 1);
    CHECK(t.note == cmd.note);
    CHECK(t.window == 0);
    CHECK(moved.value().window.state == WindowState::Idle);
    const Event &e = moved.value().changes.events[0];
    CHECK(e.type == EventType::Transferred);
    CHECK(e.detail.value(QStringLiteral("fromService")).toString() == QStringLiteral("consult"));
    CHECK(e.detail.value(QStringLiteral("toService")).toString() == QStringLiteral("business"));
    CHECK(e.detail.value(QStringLiteral("fromWindow")).toInt() == 1);

    CHECK(f.callNext(3).id == a.id);
    REQUIRE(f.engine.startServing(3, {}).ok());
    // And on to one window in particular: only that window may call it.
    TransferCommand toWindow;
    toWindow.window = 3;
    toWindow.toWindow = 5;
    REQUIRE(f.engine.transfer(toWindow).ok());
    CHECK(f.engine.ticket(a.id)->targetWindow == 5);
    CHECK(f.engine.ticket(a.id)->transferCount == 2);
    f.open(2); // serves business, but the ticket is window 5's
    f.expectRejected(ErrorCode::NothingWaiting, [&] { return f.engine.callNext(2, {}); });
    f.expectRejected(ErrorCode::NotServedHere, [&] { return f.engine.callTicket(2, a.id, {}); });
    CHECK(f.engine.peopleAhead(a.id) == 0);
    const Ticket last = f.callNext(5); // window 5 does not serve business, yet takes it
    CHECK(last.id == a.id);
    CHECK(last.firstWindow == 1); // 首问负责制
}

TEST_CASE("park and unpark at the same window", "[engine][lifecycle]")
{
    EngineFixture f;
    f.open(1);
    const Ticket a1 = f.issue("consult");
    const Ticket a2 = f.issue("consult");
    f.callNext(1);
    REQUIRE(f.engine.startServing(1, {}).ok());
    const auto parked = f.engine.park(1, f.actor(1));
    REQUIRE(parked.ok());
    CHECK(parked.value().ticket.state == TicketState::Parked);
    CHECK(parked.value().ticket.window == 1);
    CHECK(parked.value().window.state == WindowState::Idle);
    CHECK(parked.value().changes.events[0].type == EventType::Parked);
    CHECK(ids(f.engine.parkedTickets(1)) == QList<qint64>{a1.id});

    f.callNext(1); // a2 meanwhile
    f.expectRejected(ErrorCode::WindowBusy, [&] { return f.engine.unpark(1, a1.id, {}); });
    REQUIRE(f.engine.startServing(1, {}).ok());
    REQUIRE(f.engine.finish(finishAt(1)).ok());
    const Ticket a3 = f.issue("consult");

    const auto back = f.engine.unpark(1, a1.id, f.actor(1));
    REQUIRE(back.ok());
    CHECK(back.value().ticket.state == TicketState::Called);
    CHECK(back.value().window.currentTicket == a1.id);
    CHECK(back.value().changes.events[0].type == EventType::Unparked);
    CHECK(f.ticket(a3.id).bypassCount == 1); // the unpark passed a3 over
    CHECK(f.engine.parkedTickets(1).isEmpty());
    CHECK(a2.id != a1.id);
}

TEST_CASE("cancel waiting, parked and no-show tickets", "[engine][lifecycle]")
{
    EngineFixture f;
    f.open(1);
    const Ticket waiting = f.issue("consult");
    const auto r = f.engine.cancel(waiting.id, QStringLiteral("desk"));
    REQUIRE(r.ok());
    CHECK(r.value().ticket.state == TicketState::Cancelled);
    CHECK(r.value().ticket.finishedAt == f.clock.now());
    CHECK(r.value().changes.events[0].type == EventType::Cancelled);
    CHECK(f.engine.waitingCount(u"consult") == 0);

    const Ticket parked = f.issue("consult");
    f.callNext(1);
    REQUIRE(f.engine.park(1, {}).ok());
    CHECK(f.engine.cancel(parked.id, {}).ok());

    const Ticket noShow = f.issue("consult");
    f.callNext(1);
    REQUIRE(f.engine.noShow(1, {}).ok());
    CHECK(f.engine.cancel(noShow.id, {}).ok());
    f.expectRejected(ErrorCode::WrongState, [&] { return f.engine.cancel(noShow.id, {}); });
}

TEST_CASE("closeEarlierDays cancels what yesterday left and frees its windows", "[engine][lifecycle]")
{
    EngineFixture f(makeHall(), local(2026, 3, 2, 16, 0));
    f.open(1);
    f.open(2);
    const Ticket waiting = f.issue("consult");
    const Ticket serving = f.issue("consult");
    const Ticket parked = f.issue("consult");
    const Ticket finished = f.issue("business");
    REQUIRE(f.engine.callTicket(2, finished.id, {}).ok());
    REQUIRE(f.engine.startServing(2, {}).ok());
    REQUIRE(f.engine.finish(finishAt(2)).ok());
    REQUIRE(f.engine.callTicket(2, parked.id, {}).ok());
    REQUIRE(f.engine.park(2, {}).ok());
    REQUIRE(f.engine.callTicket(1, serving.id, {}).ok());
    REQUIRE(f.engine.startServing(1, {}).ok());

    CHECK(f.engine.closeEarlierDays(QStringLiteral("system")).changes.isEmpty()); // nothing earlier yet

    f.clock.set(local(2026, 3, 3, 8, 0));
    // Yesterday's tickets are not called today, even before the sweep.
    f.expectRejected(ErrorCode::NothingWaiting, [&] { return f.engine.callNext(2, {}); });
    CHECK(f.engine.waitingCount(u"consult") == 0);

    const Operation op = f.engine.closeEarlierDays(QStringLiteral("system"));
    CHECK(op.changes.events.size() == 3);
    for (const Event &e : op.changes.events) {
        CHECK(e.type == EventType::Cancelled);
        CHECK(e.detail.value(QStringLiteral("reason")).toString() == QStringLiteral("day_closed"));
    }
    // The ChangeSet carries them cancelled; then every ticket of the closed day
    // leaves memory (storage keeps them).
    CHECK(op.changes.tickets.size() == 3);
    for (const Ticket &row : op.changes.tickets)
        CHECK(row.state == TicketState::Cancelled);
    for (const Ticket &t : {waiting, serving, parked, finished})
        CHECK(f.engine.ticket(t.id) == nullptr);
    CHECK(f.engine.state().tickets.isEmpty());
    CHECK(f.engine.window(1)->state == WindowState::Idle);
    CHECK(f.engine.window(1)->currentTicket == 0);
    CHECK(op.changes.windows.size() == 1);
    CHECK(f.engine.closeEarlierDays(QStringLiteral("system")).changes.isEmpty());
}
