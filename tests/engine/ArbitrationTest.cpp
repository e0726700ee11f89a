#include "EngineFixture.h"

#include <QMap>

using namespace hallq::engine;
using namespace hallq::engine::test;

namespace {

// The test hall without real-name business tickets, for tests that issue many.
HallConfig openHall(int agingLimit = 1000)
{
    HallConfig h = makeHall();
    h.services[1].realName = false;
    h.rules.agingLimit = agingLimit;
    return h;
}

QString reasonOf(const Result<Operation> &r)
{
    return r.value().changes.events.last().detail.value(QStringLiteral("reason")).toString();
}

} // namespace

TEST_CASE("green-channel tickets are called first, FIFO among themselves", "[engine][arbitration]")
{
    EngineFixture f(openHall());
    f.open(2);
    const Ticket a1 = f.issue("consult");
    const Ticket b1 = f.issue("business");
    const Ticket g1 = f.issue("consult", TicketClass::Green);
    const Ticket g2 = f.issue("business", TicketClass::Green);
    CHECK(ids(f.engine.waitingForWindow(2)) == QList<qint64>{g1.id, g2.id, a1.id, b1.id});
    CHECK(f.engine.peopleAhead(g1.id) == 0);
    CHECK(f.engine.peopleAhead(a1.id) == 1); // g1 is ahead within consult
    const auto first = f.engine.callNext(2, {});
    REQUIRE(first.ok());
    CHECK(first.value().ticket.id == g1.id);
    CHECK(reasonOf(first) == QStringLiteral("green"));
    REQUIRE(f.engine.park(2, {}).ok());
    CHECK(f.callNext(2).id == g2.id);
}

TEST_CASE("transfer placements: front, end, by issue time", "[engine][arbitration][transfer]")
{
    EngineFixture f(openHall());
    f.open(1);
    f.open(3);
    const Ticket b1 = f.issue("business");
    const Ticket a1 = f.issue("consult");
    const Ticket b2 = f.issue("business");
    // Window 1 takes a1 (tier 5, consult has weight 3) then sends it to business.
    REQUIRE(f.engine.callTicket(1, a1.id, {}).ok());
    TransferCommand cmd;
    cmd.window = 1;
    cmd.toService = QStringLiteral("business");

    QList<qint64> expected;
    SECTION("end")
    {
        cmd.placement = Placement::End;
        expected = {b1.id, b2.id, a1.id};
    }
    SECTION("front")
    {
        cmd.placement = Placement::Front;
        expected = {a1.id, b1.id, b2.id};
    }
    SECTION("by issue time")
    {
        cmd.placement = Placement::ByIssueTime;
        expected = {b1.id, a1.id, b2.id};
    }
    REQUIRE(f.engine.transfer(cmd).ok());
    CHECK(ids(f.engine.waitingTickets(u"business")) == expected);
    CHECK(f.engine.peopleAhead(a1.id) == int(expected.indexOf(a1.id)));
    QList<qint64> called;
    for (int i = 0; i < 3; ++i)
        called.append(f.serveNext(3).id); // window 3 serves business only
    CHECK(called == expected);
}

TEST_CASE("tickets transferred to a window come before its walk-ins", "[engine][arbitration][transfer]")
{
    EngineFixture f(openHall());
    f.open(1);
    f.open(2);
    const Ticket a1 = f.issue("consult");
    const Ticket a2 = f.issue("consult");
    const Ticket a3 = f.issue("consult");
    REQUIRE(f.engine.callTicket(1, a3.id, {}).ok());
    TransferCommand cmd;
    cmd.window = 1;
    cmd.toWindow = 2;
    REQUIRE(f.engine.transfer(cmd).ok());
    CHECK(ids(f.engine.waitingForWindow(2)) == QList<qint64>{a3.id, a1.id, a2.id});
    CHECK(ids(f.engine.waitingForWindow(1)) == QList<qint64>{a1.id, a2.id}); // not window 1's any more
    const auto r = f.engine.callNext(2, {});
    REQUIRE(r.ok());
    CHECK(r.value().ticket.id == a3.id);
    CHECK(reasonOf(r) == QStringLiteral("targeted"));
}

TEST_CASE("appointments whose slot has begun go before walk-ins, by slot", "[engine][arbitration]")
{
    EngineFixture f(openHall());
    f.open(3);
    const Ticket b1 = f.issue("business");
    const Ticket b2 = f.issue("business");
    f.clock.advanceSeconds(5 * 60); // 09:05: two appointments check in early
    auto late = f.command("business", TicketClass::Appointment);
    late.slotStart = local(2026, 3, 2, 9, 45);
    late.slotEnd = local(2026, 3, 2, 10, 0);
    const Ticket apLate = f.issue(late);
    auto early = f.command("business", TicketClass::Appointment);
    early.slotStart = local(2026, 3, 2, 9, 30);
    early.slotEnd = local(2026, 3, 2, 9, 45);
    const Ticket apEarly = f.issue(early);
    CHECK(apEarly.slotStart == early.slotStart);

    // 09:10: no slot has begun; the appointments wait like walk-ins.
    CHECK(f.serveNext(3).id == b1.id);
    // 09:50: both slots have begun; the earlier slot first, then the later, then b2.
    f.clock.set(local(2026, 3, 2, 9, 50));
    CHECK(ids(f.engine.waitingForWindow(3)) == QList<qint64>{apEarly.id, apLate.id, b2.id});
    const auto r = f.engine.callNext(3, {});
    REQUIRE(r.ok());
    CHECK(r.value().ticket.id == apEarly.id);
    CHECK(reasonOf(r) == QStringLiteral("appointment"));
    REQUIRE(f.engine.startServing(3, {}).ok());
    FinishCommand done;
    done.window = 3;
    REQUIRE(f.engine.finish(done).ok());
    CHECK(f.serveNext(3).id == apLate.id);
    CHECK(f.serveNext(3).id == b2.id);
}

TEST_CASE("weights share the calls between a window's services", "[engine][arbitration]")
{
    EngineFixture f(openHall()); // window 1: consult weight 3, business weight 1
    f.open(1);
    QMap<QString, QList<qint64>> issued;
    for (int i = 0; i < 40; ++i) {
        issued[QStringLiteral("consult")].append(f.issue("consult").id);
        issued[QStringLiteral("business")].append(f.issue("business").id);
    }
    QStringList services;
    QMap<QString, QList<qint64>> calledIds;
    for (int i = 0; i < 40; ++i) {
        const Ticket t = f.serveNext(1);
        services.append(t.serviceId);
        calledIds[t.serviceId].append(t.id);
    }
    CHECK(services.count(QStringLiteral("consult")) == 30);
    CHECK(services.count(QStringLiteral("business")) == 10);
    // Smooth: every run of four calls holds exactly one business call.
    for (int i = 0; i + 4 <= 40; i += 4)
        CHECK(services.mid(i, 4).count(QStringLiteral("business")) == 1);
    // FIFO within each service.
    CHECK(calledIds[QStringLiteral("consult")] == issued[QStringLiteral("consult")].mid(0, 30));
    CHECK(calledIds[QStringLiteral("business")] == issued[QStringLiteral("business")].mid(0, 10));
}

TEST_CASE("with one queue empty the other gets every call", "[engine][arbitration]")
{
    EngineFixture f(openHall());
    f.open(1);
    for (int i = 0; i < 5; ++i)
        f.issue("business");
    for (int i = 0; i < 5; ++i)
        CHECK(f.serveNext(1).serviceId == QStringLiteral("business"));
}

TEST_CASE("aging: a ticket is passed over at most agingLimit times", "[engine][arbitration][aging]")
{
    // Window 1 weights consult 3 : business 1. With consult weighted 100 : 1,
    // a business ticket would wait ~100 calls; aging caps it at agingLimit.
    HallConfig h = openHall(3);
    h.windows[0].profile = {{QStringLiteral("consult"), 100}, {QStringLiteral("business"), 1}};
    EngineFixture f(h);
    f.open(1);
    const Ticket b = f.issue("business");
    for (int i = 0; i < 10; ++i)
        f.issue("consult");

    for (int call = 1; call <= 3; ++call) {
        const Ticket t = f.serveNext(1);
        CHECK(t.serviceId == QStringLiteral("consult"));
        CHECK(f.ticket(b.id).bypassCount == call);
    }
    const auto due = f.engine.callNext(1, {});
    REQUIRE(due.ok());
    CHECK(due.value().ticket.id == b.id); // the fourth call, exactly
    CHECK(due.value().ticket.bypassCount == 3);
    CHECK(reasonOf(due) == QStringLiteral("due"));
}

TEST_CASE("aging counts calls at every window that could have called the ticket", "[engine][arbitration][aging]")
{
    HallConfig h = openHall(2);
    EngineFixture f(h);
    f.open(1);
    f.open(5); // serves consult but not business
    f.open(3); // business only
    const Ticket a = f.issue("consult");
    f.issue("business");
    f.issue("business");
    f.issue("business");
    f.serveNext(3); // window 3 cannot call consult: a is not passed over
    CHECK(f.ticket(a.id).bypassCount == 0);
    REQUIRE(f.engine.callTicket(1, f.engine.waitingTickets(u"business").first().id, {}).ok());
    CHECK(f.ticket(a.id).bypassCount == 1);
    REQUIRE(f.engine.park(1, {}).ok());
    REQUIRE(f.engine.callTicket(1, f.engine.waitingTickets(u"business").first().id, {}).ok());
    CHECK(f.ticket(a.id).bypassCount == 2); // now due
    const Ticket g = f.issue("consult", TicketClass::Green);
    // Due beats green at every window that serves it, including window 5.
    CHECK(ids(f.engine.waitingForWindow(5)) == QList<qint64>{a.id, g.id});
    CHECK(f.callNext(5).id == a.id);
    CHECK(f.ticket(g.id).bypassCount == 1);
}

TEST_CASE("due tickets go first in issue order", "[engine][arbitration][aging]")
{
    HallConfig h = openHall(0); // every ticket is due at once: pure FIFO by issue
    EngineFixture f(h);
    f.open(1);
    const Ticket a1 = f.issue("consult");
    const Ticket g = f.issue("consult", TicketClass::Green);
    const Ticket b1 = f.issue("business");
    CHECK(f.serveNext(1).id == a1.id);
    CHECK(f.serveNext(1).id == g.id);
    CHECK(f.serveNext(1).id == b1.id);
}
