#include "EngineFixture.h"

#include <QSet>

using namespace hallq::engine;
using namespace hallq::engine::test;

TEST_CASE("issue hands out numbered tickets and journals them", "[engine][issue]")
{
    EngineFixture f;
    auto cmd = f.command("consult");
    const auto r = f.engine.issue(cmd);
    REQUIRE(r.ok());
    const Operation &op = r.value();
    CHECK(op.ticket.number == QStringLiteral("A001"));
    CHECK(op.ticket.sequence == 1);
    CHECK(op.ticket.state == TicketState::Waiting);
    CHECK(op.ticket.businessDay == QDate(2026, 3, 2));
    CHECK(op.ticket.issuedAt == f.clock.now());
    CHECK(op.ticket.token == cmd.token);
    CHECK(op.ticket.issuedBy == cmd.actor);
    CHECK(op.ticket.order == op.ticket.issueOrder);
    CHECK(op.window.number == 0);
    REQUIRE(op.changes.events.size() == 1);
    CHECK(op.changes.events[0].type == EventType::Issued);
    CHECK(op.changes.events[0].id == 1);
    CHECK(op.changes.events[0].ticketId == op.ticket.id);
    CHECK(op.changes.events[0].actor == cmd.actor);
    REQUIRE(op.changes.sequences.size() == 1);
    CHECK(op.changes.sequences[0].last == 1);
    CHECK(op.changes.sequences[0].issued == 1);
    REQUIRE(op.changes.tickets.size() == 1);
    CHECK(f.engine.ticketByToken(cmd.token)->id == op.ticket.id);

    const Ticket second = f.issue("consult");
    CHECK(second.number == QStringLiteral("A002"));
    CHECK(second.id > op.ticket.id);
    CHECK(second.order > op.ticket.order);
    CHECK(f.issue("business").number == QStringLiteral("B001")); // each service counts on its own
}

TEST_CASE("issue rejects what the service does not take", "[engine][issue]")
{
    EngineFixture f;
    SECTION("unknown service")
    {
        f.expectRejected(ErrorCode::UnknownService, [&] { return f.engine.issue(f.command("nope")); });
    }
    SECTION("green channel off")
    {
        f.expectRejected(ErrorCode::ClassNotAccepted,
                         [&] { return f.engine.issue(f.command("cross", TicketClass::Green)); });
    }
    SECTION("no appointments")
    {
        auto cmd = f.command("consult", TicketClass::Appointment);
        cmd.slotStart = f.clock.now();
        f.expectRejected(ErrorCode::ClassNotAccepted, [&] { return f.engine.issue(cmd); });
    }
    SECTION("appointment without a slot")
    {
        f.expectRejected(ErrorCode::InvalidArgument,
                         [&] { return f.engine.issue(f.command("business", TicketClass::Appointment)); });
    }
    SECTION("missing or reused token")
    {
        auto cmd = f.command("consult");
        cmd.token.clear();
        f.expectRejected(ErrorCode::InvalidArgument, [&] { return f.engine.issue(cmd); });
        const Ticket t = f.issue("consult");
        cmd.token = t.token;
        f.expectRejected(ErrorCode::InvalidArgument, [&] { return f.engine.issue(cmd); });
    }
    SECTION("real-name service without identity")
    {
        auto cmd = f.command("business");
        cmd.identityHash.clear();
        f.expectRejected(ErrorCode::RealNameRequired, [&] { return f.engine.issue(cmd); });
    }
}

TEST_CASE("real-name limit counts unfinished tickets per identity, service and day", "[engine][issue]")
{
    EngineFixture f;
    f.open(3);
    auto cmd = f.command("business");
    cmd.identityHash = QStringLiteral("person-1");
    cmd.identityMasked = QStringLiteral("430224********1234");
    const Ticket first = f.issue(cmd);
    CHECK(first.identityMasked == cmd.identityMasked);

    cmd.token = QStringLiteral("tok-second");
    const EngineState before = f.engine.state();
    const auto r = f.engine.issue(cmd);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::RealNameLimit);
    CHECK(r.error().message.contains(first.number)); // names the ticket already held
    CHECK_FALSE(r.error().message.contains(cmd.identityHash));
    CHECK(diffState(before, f.engine.state()).isEmpty());

    // Another identity, or the same one at another service, is not limited.
    auto other = f.command("business");
    other.identityHash = QStringLiteral("person-2");
    f.issue(other);

    // Once the first ticket is finished the person may take another.
    REQUIRE(f.callNext(3).id == first.id);
    f.expectRejected(ErrorCode::RealNameLimit, [&] { return f.engine.issue(cmd); }); // called is unfinished
    REQUIRE(f.engine.startServing(3, f.actor(3)).ok());
    FinishCommand done;
    done.window = 3;
    REQUIRE(f.engine.finish(done).ok());
    CHECK(f.engine.issue(cmd).ok());

    // And the next business day starts afresh.
    f.clock.set(local(2026, 3, 3, 9, 0));
    cmd.token = QStringLiteral("tok-next-day");
    CHECK(f.engine.issue(cmd).ok());
}

TEST_CASE("daily cap and number range end in sold_out", "[engine][issue]")
{
    EngineFixture f;
    SECTION("daily cap")
    {
        for (int i = 1; i <= 3; ++i)
            CHECK(f.issue("pickup").number == QStringLiteral("D00%1").arg(i));
        f.expectRejected(ErrorCode::SoldOut, [&] { return f.engine.issue(f.command("pickup")); });
        // Cancelling does not give a number back.
        REQUIRE(f.engine.cancel(f.engine.waitingTickets(u"pickup").first().id, QStringLiteral("s")).ok());
        f.expectRejected(ErrorCode::SoldOut, [&] { return f.engine.issue(f.command("pickup")); });
    }
    SECTION("number range, four digits past 999")
    {
        QStringList numbers;
        for (int i = 990; i <= 1002; ++i)
            numbers.append(f.issue("cross").number);
        CHECK(numbers.first() == QStringLiteral("C0990"));
        CHECK(numbers.last() == QStringLiteral("C1002"));
        f.expectRejected(ErrorCode::SoldOut, [&] { return f.engine.issue(f.command("cross")); });
    }
}

TEST_CASE("issue outside hours names the next opening", "[engine][issue]")
{
    EngineFixture f(makeHall(), local(2026, 2, 14, 17, 5)); // make-up Saturday, after hours; 春节 follows
    const EngineState before = f.engine.state();
    const auto r = f.engine.issue(f.command("consult"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::OutsideHours);
    CHECK(r.error().message.contains(QStringLiteral("2026-02-24 08:30")));
    CHECK(r.error().message.contains(QStringLiteral("Asia/Shanghai")));
    CHECK(diffState(before, f.engine.state()).isEmpty());
    CHECK(f.engine.availability(u"consult").nextOpen == local(2026, 2, 24, 8, 30));

    // A 24-hour service, or staff issuing for an urgent matter, may still issue.
    CHECK(f.engine.issue(f.command("pickup")).ok());
    auto urgent = f.command("consult");
    urgent.ignoreHours = true;
    CHECK(f.engine.issue(urgent).ok());
}

TEST_CASE("numbers restart at the reset time, never at midnight", "[engine][issue][numbering]")
{
    // pickup issues around the clock; the business day starts at 05:00.
    EngineFixture f(makeHall(), local(2026, 3, 2, 23, 50));
    CHECK(f.issue("pickup").number == QStringLiteral("D001"));
    f.clock.set(local(2026, 3, 3, 0, 10)); // after midnight: still 3/2's business day
    const Ticket late = f.issue("pickup");
    CHECK(late.number == QStringLiteral("D002"));
    CHECK(late.businessDay == QDate(2026, 3, 2));
    f.clock.set(local(2026, 3, 3, 4, 59, 59));
    CHECK(f.issue("pickup").number == QStringLiteral("D003"));
    f.clock.set(local(2026, 3, 3, 5, 0));
    const Ticket fresh = f.issue("pickup");
    CHECK(fresh.number == QStringLiteral("D001"));
    CHECK(fresh.businessDay == QDate(2026, 3, 3));
    CHECK(f.engine.currentBusinessDay() == QDate(2026, 3, 3));
}

TEST_CASE("day rollover never duplicates a number within a day", "[engine][issue][numbering]")
{
    EngineFixture f(makeHall(), local(2026, 3, 2, 4, 40));
    QSet<QString> seen;
    QSet<qint64> ids;
    // Issue every 5 minutes across two reset boundaries (4 tickets on 3/1's
    // business day, 288 on 3/2's, 10 on 3/3's), restarting the engine
    // from its own state halfway (as a server restart would).
    for (int i = 0; i < 4 + 288 + 10; ++i) {
        auto cmd = f.command("consult");
        cmd.ignoreHours = true;
        const Ticket t = f.issue(cmd);
        const QString key = t.businessDay.toString(Qt::ISODate) + u'/' + t.number;
        CHECK_FALSE(seen.contains(key));
        seen.insert(key);
        ids.insert(t.id);
        if (i == 150) {
            const EngineState s = f.engine.state();
            f.engine.restore(s);
        }
        f.clock.advanceSeconds(5 * 60);
    }
    CHECK(seen.size() == 4 + 288 + 10);
    CHECK(ids.size() == seen.size());
    const auto sequences = f.engine.state().sequences;
    REQUIRE(sequences.size() == 3);
    CHECK(sequences[0].issued == 4);
    CHECK(sequences[2].issued == 10);
    CHECK(sequences[1].businessDay == QDate(2026, 3, 2));
    CHECK(sequences[1].issued == 288);
    CHECK(sequences[1].last == 288);
}
