// End to end with the real server: two counters and an issuer without a kiosk
// (the guide desk issues the tickets). Call, recall to the limit, transfer
// with each placement, park and take back, finish with a case type, a rating
// from the pad, attendance rows, and a second log-in refused.
#include "counter/CounterHarness.h"
#include "integration/HallFixture.h"
#include "integration/Requests.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;
using counter::CounterAction;
using Stage = counter::RatingPadController::Stage;

namespace {

QStringList numbersOf(const QList<protocol::TicketInfo> &tickets)
{
    QStringList out;
    for (const auto &t : tickets)
        out << t.number;
    return out;
}

void transferCurrent(CounterHarness &counter, const QString &service, const QString &placement)
{
    counter::TransferChoice choice;
    choice.toService = service;
    choice.placement = placement;
    choice.note = u"转 %1"_s.arg(placement);
    counter.controller.transfer(choice);
    REQUIRE(waitUntil([&] { return !counter.controller.currentTicket() && !counter.controller.situation().busy; }));
}

void callNext(CounterHarness &counter, const QString &expected)
{
    REQUIRE(counter.settled());
    REQUIRE(waitUntil([&] { return counter.controller.isEnabled(CounterAction::CallNext); }));
    counter.controller.callNext();
    REQUIRE(counter.waitCurrent(expected));
    REQUIRE(counter.settled());
}

} // namespace

TEST_CASE("two counters and a guide desk run a morning end to end", "[counter][e2e]")
{
    HallFixture hall;
    auto desk = hall.staff(u"sup"_s); // guide + supervisor: issues without a kiosk
    CounterHarness a(hall.server.wsUrl());
    CounterHarness b(hall.server.wsUrl());
    REQUIRE(a.login(u"c1"_s, HallFixture::kPassword, 1));
    REQUIRE(b.login(u"c2"_s, HallFixture::kPassword, 2));

    // A second log-in of c1, at another window, is refused in words.
    CounterHarness again(hall.server.wsUrl());
    QString refusal;
    QObject::connect(&again.controller, &counter::CounterController::loginFailed, [&](const QString &why) { refusal = why; });
    CHECK_FALSE(again.login(u"c1"_s, HallFixture::kPassword, 3));
    CHECK(refusal.contains(u"already logged in at another window"_s));

    const auto x1 = desk->ok(issueOf(u"publicinfo"_s)).ticket;
    const auto x2 = desk->ok(issueOf(u"publicinfo"_s)).ticket;
    const auto t1 = desk->ok(issueOf(u"consult"_s)).ticket;
    const auto t2 = desk->ok(issueOf(u"consult"_s)).ticket;
    const auto t3 = desk->ok(issueOf(u"consult"_s)).ticket;

    // Call and recall up to the limit: then recall is refused, a no-show is explicit.
    callNext(a, t1.number);
    for (int n = 1; n <= 3; ++n) {
        a.controller.recall();
        REQUIRE(waitUntil([&] { return a.controller.currentTicket()->recallCount == n && !a.controller.situation().busy; }));
    }
    CHECK_FALSE(a.controller.isEnabled(CounterAction::Recall));
    a.controller.recall(); // refused locally, nothing sent
    CHECK(a.controller.currentTicket()->state == u"called"_s);

    // Each placement into the government-information queue (served by window 10 only).
    transferCurrent(a, u"publicinfo"_s, u"front"_s); // t1 ahead of everyone
    callNext(a, t2.number);
    a.controller.startServing();
    REQUIRE(waitUntil([&] { return a.controller.currentTicket()->state == u"serving"_s && !a.controller.situation().busy; }));
    transferCurrent(a, u"publicinfo"_s, u"end"_s); // t2 behind everyone
    callNext(a, t3.number);
    // t3 by when it was issued: after x1 and x2, yet before t2, which went to the end later.
    transferCurrent(a, u"publicinfo"_s, u"by_issue_time"_s);
    protocol::QueueListRequest cross;
    cross.serviceId = u"publicinfo"_s;
    CHECK(numbersOf(desk->ok(cross).tickets) == QStringList{t1.number, x1.number, x2.number, t3.number, t2.number});
    const auto moved = desk->ok(ticketRef<protocol::TicketGetRequest>(t1.id)).ticket;
    CHECK(moved.firstWindow == 1); // 首问负责制: window 1 stays responsible
    CHECK(moved.transferCount == 1);
    CHECK(moved.note == u"转 front"_s);

    // Window 2: park one, finish another as 联办件, take the parked one back.
    const auto t4 = desk->ok(issueOf(u"consult"_s)).ticket;
    const auto t5 = desk->ok(issueOf(u"consult"_s)).ticket;
    callNext(b, t4.number);
    b.controller.park();
    REQUIRE(waitUntil([&] { return b.controller.board()->lists().parked.size() == 1 && !b.controller.situation().busy; }));
    callNext(b, t5.number);
    b.controller.startServing();
    REQUIRE(waitUntil([&] { return b.controller.currentTicket()->state == u"serving"_s && !b.controller.situation().busy; }));
    b.controller.finish(u"joint"_s, u"accepted"_s);
    REQUIRE(waitUntil([&] { return b.controller.lastFinished().has_value() && !b.controller.situation().busy; }));
    const auto finished = desk->ok(ticketRef<protocol::TicketGetRequest>(t5.id)).ticket;
    CHECK(finished.state == u"finished"_s);
    CHECK(finished.caseType == u"joint"_s);
    CHECK(finished.outcome == u"accepted"_s);

    // The rating pad of window 2 on its own screen (--evaluator): a display device.
    client::HallSession padSession;
    padSession.setServerUrl(hall.server.wsUrl());
    padSession.setDeviceToken(hall.displayToken);
    padSession.setSubscription(u"window"_s, 2);
    counter::RatingPadController pad(&padSession, 2);
    padSession.start();
    REQUIRE(waitUntil([&] { return padSession.isReady(); }));
    b.controller.askRating();
    REQUIRE(waitUntil([&] { return pad.stage() == Stage::Choosing; }));
    CHECK(pad.invitation()->ticketId == t5.id);
    CHECK(pad.invitation()->staffName == u"李芳"_s);
    pad.choose(4);
    REQUIRE(waitUntil([&] { return pad.stage() == Stage::Thanks; }));
    REQUIRE(waitUntil([&] { return b.controller.board()->figures() && b.controller.board()->figures()->ratings == 1; }));
    CHECK(b.controller.board()->figures()->ratingAverage == Approx(4.0));
    CHECK(b.controller.board()->figures()->served == 1);

    b.controller.select(counter::CounterController::Selection::Parked, t4.id);
    b.controller.unparkSelected();
    REQUIRE(b.waitCurrent(t4.number));
    b.controller.startServing();
    REQUIRE(waitUntil([&] { return b.controller.currentTicket()->state == u"serving"_s && !b.controller.situation().busy; }));
    b.controller.finish(u"immediate"_s, u"done"_s);
    REQUIRE(waitUntil([&] { return !b.controller.currentTicket() && !b.controller.situation().busy; }));

    // Log out of both: attendance rows closed.
    a.controller.logout();
    b.controller.logout();
    REQUIRE(waitUntil([&] {
        return a.controller.phase() == counter::CounterController::Phase::LoggedOut
               && b.controller.phase() == counter::CounterController::Phase::LoggedOut;
    }));
    REQUIRE(hall.server.stop());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"e2e-read"_s);
        db.setDatabaseName(hall.server.databasePath());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT staff_id, window_no, login_at, logout_at FROM attendance ORDER BY staff_id"_s));
        QStringList rows;
        while (q.next()) {
            rows << u"%1@%2"_s.arg(q.value(0).toString()).arg(q.value(1).toInt());
            CHECK_FALSE(q.value(3).isNull());
            CHECK(q.value(3).toLongLong() >= q.value(2).toLongLong());
        }
        CHECK(rows == QStringList{u"c1@1"_s, u"c2@2"_s});
        REQUIRE(q.exec(u"SELECT ticket_id, window_no, staff_id, service_id, level FROM ratings"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == t5.id);
        CHECK(q.value(1).toInt() == 2);
        CHECK(q.value(2).toString() == u"c2"_s);
        CHECK(q.value(3).toString() == u"consult"_s);
        CHECK(q.value(4).toInt() == 4);
    }
    QSqlDatabase::removeDatabase(u"e2e-read"_s);
}
