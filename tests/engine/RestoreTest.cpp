#include "EngineFixture.h"

using namespace hallq::engine;
using namespace hallq::engine::test;

namespace {

// A morning's work in the test hall: every ticket state and window state appears.
void busyMorning(EngineFixture &f)
{
    f.open(1);
    f.open(2);
    f.open(3);
    f.open(4);
    for (int i = 0; i < 6; ++i)
        f.issue("consult");
    f.issue("business");
    f.issue("business");
    f.issue("cross");
    f.issue("consult", TicketClass::Green);
    f.clock.advanceSeconds(120);
    f.serveNext(1);
    f.serveNext(2);
    f.callNext(1);
    REQUIRE(f.engine.park(1, {}).ok());
    f.callNext(3);
    REQUIRE(f.engine.noShow(3, {}).ok());
    f.callNext(4);
    REQUIRE(f.engine.startServing(4, {}).ok());
    f.callNext(2); // left called
    f.callNext(1);
    TransferCommand t;
    t.window = 1;
    t.toWindow = 3;
    REQUIRE(f.engine.transfer(t).ok());
    REQUIRE(f.engine.pauseWindow(1, PauseReason::Meeting, QStringLiteral("briefing"), {}).ok());
}

} // namespace

TEST_CASE("restore(state()) is the identity mid-day", "[engine][restore]")
{
    EngineFixture f;
    busyMorning(f);
    const EngineState s = f.engine.state();
    REQUIRE(s.tickets.size() == 10);
    REQUIRE(s.lastEventId > 0);

    EngineFixture copy; // another engine, as after a server restart
    copy.engine.restore(s);
    const QString diff = diffState(s, copy.engine.state());
    INFO(diff.toStdString());
    CHECK(diff.isEmpty());
    // Restoring into the same engine is the identity too.
    f.engine.restore(s);
    CHECK(diffState(s, f.engine.state()).isEmpty());
}

TEST_CASE("a restored engine behaves like the one it came from", "[engine][restore]")
{
    EngineFixture f;
    busyMorning(f);
    EngineFixture copy;
    copy.engine.restore(f.engine.state());

    // Indexes are rebuilt: queries agree.
    for (const ServiceConfig &s : f.engine.config().services) {
        CHECK(f.engine.waitingCount(s.id) == copy.engine.waitingCount(s.id));
        CHECK(f.engine.noShowTickets(s.id).size() == copy.engine.noShowTickets(s.id).size());
    }
    for (int w = 1; w <= 5; ++w) {
        const auto a = f.engine.waitingForWindow(w), b = copy.engine.waitingForWindow(w);
        REQUIRE(a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            CHECK(a[i].id == b[i].id);
        CHECK(f.engine.parkedTickets(w).size() == copy.engine.parkedTickets(w).size());
    }
    const Ticket parked = f.engine.parkedTickets(1).first();
    CHECK(copy.engine.ticketByToken(parked.token)->id == parked.id);

    // And the same operations give the same results: numbers, ids, event ids.
    for (EngineFixture *e : {&f, &copy}) {
        e->tokens = 100;
        e->clock.set(f.clock.now());
    }
    const Ticket n1 = f.issue("consult"), n2 = copy.issue("consult");
    CHECK(n1.number == n2.number);
    CHECK(n1.id == n2.id);
    CHECK(n1.order == n2.order);
    const auto c1 = f.engine.callNext(3, {}), c2 = copy.engine.callNext(3, {}); // the transferred ticket
    REQUIRE(c1.ok());
    REQUIRE(c2.ok());
    CHECK(c1.value().ticket.id == c2.value().ticket.id);
    CHECK(c1.value().changes.events[0].id == c2.value().changes.events[0].id);
    CHECK(diffState(f.engine.state(), copy.engine.state()).isEmpty());
}

TEST_CASE("restore repairs what it cannot trust", "[engine][restore]")
{
    EngineFixture f;
    EngineState s;
    Ticket t;
    t.id = 7;
    t.token = QStringLiteral("tok");
    t.serviceId = QStringLiteral("consult");
    t.businessDay = QDate(2026, 3, 2);
    t.sequence = 1;
    t.number = QStringLiteral("A001");
    t.order = 40; // a row written before issueOrder existed
    s.tickets = {t};
    WindowStatus w;
    w.number = 1;
    w.state = WindowState::Calling;
    w.staffId = QStringLiteral("wang");
    w.currentTicket = 7; // but the ticket is waiting, not called there
    WindowStatus gone;
    gone.number = 99; // no longer configured
    s.windows = {w, gone};
    s.lastTicketId = 3; // lagging behind the rows
    s.lastOrder = 2;
    f.engine.restore(s);

    CHECK(f.engine.ticket(7)->issueOrder == 40);
    CHECK(f.engine.window(1)->state == WindowState::Idle);
    CHECK(f.engine.window(1)->currentTicket == 0);
    CHECK(f.engine.window(99) == nullptr);
    const Ticket next = f.issue("consult");
    CHECK(next.id == 8);
    CHECK(next.order == 41);
    CHECK(next.number == QStringLiteral("A001")); // no counter row was restored: numbering trusts the counters
}
