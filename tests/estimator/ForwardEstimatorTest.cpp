// The forward estimator on the real engine: lunch, pauses, the learned day,
// reuse of one forecast, and the handling-time model it rests on.
#include "EngineFixture.h"

#include "engine/ForwardWaitEstimator.h"
#include "engine/HandlingTime.h"
#include "engine/NaiveWaitEstimator.h"

using namespace hallq::engine;
using namespace hallq::engine::test;

namespace {

// The test hall with the forward estimator; window 3 serves only "business" (prior 300 s).
struct ForwardFixture
{
    explicit ForwardFixture(QDateTime start)
        : clock(start), estimator(new ForwardWaitEstimator), engine(makeHall(), clock, std::unique_ptr<WaitEstimator>(estimator))
    {
    }

    Ticket issue()
    {
        IssueCommand cmd;
        cmd.serviceId = QStringLiteral("business");
        cmd.token = QStringLiteral("tok-%1").arg(++tokens);
        cmd.identityHash = QStringLiteral("id-%1").arg(tokens);
        cmd.actor = QStringLiteral("kiosk");
        cmd.ignoreHours = true;
        auto r = engine.issue(cmd);
        REQUIRE(r.ok());
        return r.value().ticket;
    }

    void open(int window) { REQUIRE(engine.openWindow(window, QStringLiteral("staff-%1").arg(window)).ok()); }

    ManualClock clock;
    ForwardWaitEstimator *estimator; // owned by the engine
    Engine engine;
    int tokens = 0;
};

} // namespace

TEST_CASE("forward estimate: a queue near lunch waits for the afternoon session", "[estimator]")
{
    ForwardFixture f(local(2026, 3, 2, 11, 40)); // Monday
    f.open(3);
    QList<Ticket> t;
    for (int i = 0; i < 6; ++i)
        t.append(f.issue());
    // One window, 300 s a case: four are called before 12:00, the rest after 14:00.
    CHECK(f.engine.estimateTicket(t[0].id) == 0);
    CHECK(f.engine.estimateTicket(t[3].id) == 15 * 60);
    CHECK(f.engine.estimateTicket(t[4].id) == (2 * 60 + 20) * 60);
    CHECK(f.engine.estimateTicket(t[5].id) == (2 * 60 + 25) * 60);
    CHECK(f.engine.estimateNewTicket(u"business") == (2 * 60 + 30) * 60);
    // The usual formula does not know about lunch.
    NaiveWaitEstimator naive;
    CHECK(naive.estimateTicket(f.engine, t[4].id) == 4 * 300);
}

TEST_CASE("forward estimate: a window paused for lunch is back when the afternoon starts", "[estimator]")
{
    ForwardFixture f(local(2026, 3, 2, 12, 30));
    f.open(3);
    CHECK(f.engine.estimateNewTicket(u"business") == 0); // seen staffed today: the others are not expected
    REQUIRE(f.engine.pauseWindow(3, PauseReason::Lunch, {}, {}).ok());
    const Ticket a = f.issue();
    const Ticket b = f.issue();
    CHECK(f.engine.estimateTicket(a.id) == 90 * 60);
    CHECK(f.engine.estimateTicket(b.id) == 95 * 60);
    // Nobody serves it now: the naive formula has no answer at all.
    CHECK(NaiveWaitEstimator().estimateTicket(f.engine, a.id) == -1);
}

TEST_CASE("forward estimate: a short pause is expected to end", "[estimator]")
{
    ForwardFixture f(local(2026, 3, 2, 10, 0));
    f.open(3);
    REQUIRE(f.engine.pauseWindow(3, PauseReason::Meeting, {}, {}).ok());
    const Ticket a = f.issue();
    CHECK(f.engine.estimateTicket(a.id) == 600); // the default pause length
    f.clock.advanceSeconds(900);                  // overdue: back any minute now
    CHECK(f.engine.estimateTicket(a.id) == 60);
}

TEST_CASE("forward estimate: before anyone opens on a first day every window is expected", "[estimator]")
{
    ForwardFixture f(local(2026, 3, 2, 8, 0));
    const Ticket a = f.issue();
    CHECK(f.engine.estimateTicket(a.id) == 30 * 60); // the session starts at 08:30
}

TEST_CASE("forward estimate: no window will serve it today and none serves now", "[estimator]")
{
    ForwardFixture f(local(2026, 3, 2, 10, 0));
    f.open(4); // serves cross and pickup: the hall is staffed, but not for business
    const Ticket a = f.issue();
    CHECK(f.engine.estimateTicket(a.id) == -1);
    CHECK(f.engine.estimateNewTicket(u"business") == -1);
    CHECK(f.engine.estimateNewTicket(u"nope") == -1);
    CHECK(f.engine.estimateTicket(12345) == -1);
    f.open(3);
    const Ticket b = f.issue();
    CHECK(f.engine.estimateTicket(b.id) == 300);
    REQUIRE(f.engine.callNext(3, {}).ok());
    CHECK(f.engine.estimateTicket(a.id) == -1); // called: not waiting any more
}

TEST_CASE("forward estimate: yesterday's lunch duty is expected again today", "[estimator]")
{
    ForwardFixture f(local(2026, 3, 2, 8, 30));
    // Monday: window 3 works straight through lunch, 08:30-17:00.
    f.open(3);
    CHECK(f.engine.estimateNewTicket(u"business") == 0); // the estimator watches the hall
    f.clock.set(local(2026, 3, 2, 17, 0));
    CHECK(f.engine.estimateNewTicket(u"business") == 0);
    REQUIRE(f.engine.closeWindow(3, {}).ok());
    CHECK(f.engine.estimateNewTicket(u"business") == -1);
    // Tuesday 11:40, six waiting: the profile says the window stays through lunch.
    f.clock.set(local(2026, 3, 3, 8, 30));
    f.open(3);
    CHECK(f.engine.estimateNewTicket(u"business") == 0);
    f.clock.set(local(2026, 3, 3, 11, 40));
    QList<Ticket> t;
    for (int i = 0; i < 6; ++i)
        t.append(f.issue());
    REQUIRE(f.estimator->history());
    CHECK(f.estimator->history()->days() == 1);
    CHECK(f.engine.estimateTicket(t[4].id) == 20 * 60);
    CHECK(f.engine.estimateTicket(t[5].id) == 25 * 60);
}

TEST_CASE("forward estimate: one forecast answers until the hall changes", "[estimator]")
{
    ForwardFixture f(local(2026, 3, 2, 10, 0));
    f.open(3);
    const Ticket a = f.issue();
    const int before = f.engine.estimateTicket(a.id);
    const qint64 runs = f.estimator->stats().runs;
    CHECK(f.engine.estimateNewTicket(u"business") == 300);
    CHECK(f.estimator->stats().runs == runs); // same state, same instant: reused
    // A ticket issued within the second stands where the new ticket stood.
    const Ticket b = f.issue();
    CHECK(f.engine.estimateTicket(b.id) == 300);
    CHECK(f.estimator->stats().runs == runs);
    // A window opening changes the staffing: a fresh forecast.
    f.open(2);
    CHECK(f.engine.estimateTicket(b.id) == 0);
    CHECK(f.estimator->stats().runs == runs + 1);
    CHECK(before == 0);
}

TEST_CASE("handling time: the prior until cases are seen, then the cases", "[estimator]")
{
    const HallHistory::Occupancy none;
    TicketIndex::DayFigures today;
    HandlingTime h = HandlingTime::learned(300, none, today);
    CHECK(h.meanSeconds == Approx(300));
    CHECK(h.cv == Approx(HandlingTime::kPriorCv));
    today.left = 45;
    today.occupiedMs = 45 * 100 * 1000;
    today.occupiedSquaredS = 45 * 100 * 100;
    h = HandlingTime::learned(300, none, today);
    CHECK(h.meanSeconds == Approx((5 * 300 + 45 * 100) / 50.0));
    HallHistory::Occupancy past{100, 100 * 200, 100 * 200 * 200};
    h = HandlingTime::learned(300, past, today);
    CHECK(h.meanSeconds == Approx((5 * 300 + 45 * 100 + 100 * 200) / 150.0));
}

TEST_CASE("handling time: a case that has run long is expected to run on", "[estimator]")
{
    HandlingTime h{300, 1.0};
    CHECK(h.remainingAfter(0) == Approx(300));
    const double early = h.remainingAfter(60);
    const double late = h.remainingAfter(900);
    CHECK(early > 0);
    CHECK(late > 0);
    CHECK(late > early); // heavy tail: the longer it ran, the longer it still runs
    HandlingTime tight{300, 0.05};
    CHECK(tight.remainingAfter(150) == Approx(150).margin(5));
}
