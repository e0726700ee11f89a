#include "EngineFixture.h"

#include "engine/NaiveWaitEstimator.h"

using namespace hallq::engine;
using namespace hallq::engine::test;

TEST_CASE("naive wait: people ahead × mean handling ÷ open windows", "[engine][estimate]")
{
    EngineFixture f; // consult prior: 300 s; windows 1, 2 and 5 serve consult
    CHECK(f.engine.estimateNewTicket(u"consult") == -1); // nobody serves it yet
    CHECK(f.engine.estimateNewTicket(u"nope") == -1);
    f.open(1);
    CHECK(f.engine.openWindowsServing(u"consult") == 1);
    CHECK(f.engine.estimateNewTicket(u"consult") == 0);

    QList<Ticket> tickets;
    for (int i = 0; i < 4; ++i)
        tickets.append(f.issue("consult"));
    CHECK(f.engine.estimateNewTicket(u"consult") == 4 * 300);
    CHECK(f.engine.estimateTicket(tickets[0].id) == 0);
    CHECK(f.engine.estimateTicket(tickets[3].id) == 3 * 300);
    f.open(2);
    CHECK(f.engine.estimateTicket(tickets[3].id) == 3 * 300 / 2);
    REQUIRE(f.engine.pauseWindow(2, PauseReason::Lunch, {}, {}).ok());
    CHECK(f.engine.estimateTicket(tickets[3].id) == 3 * 300); // a paused window serves nobody
    CHECK(f.engine.estimateTicket(999) == -1);

    const Ticket called = f.callNext(1);
    CHECK(f.engine.estimateTicket(called.id) == -1); // not waiting any more
}

TEST_CASE("the mean comes from today's finished tickets once there are five", "[engine][estimate]")
{
    EngineFixture f;
    f.open(1);
    for (int i = 0; i < 8; ++i)
        f.issue("consult");
    const auto handle = [&](int seconds) {
        f.callNext(1);
        REQUIRE(f.engine.startServing(1, {}).ok());
        f.clock.advanceSeconds(seconds);
        FinishCommand done;
        done.window = 1;
        REQUIRE(f.engine.finish(done).ok());
    };
    for (int i = 0; i < 4; ++i)
        handle(60);
    CHECK(f.engine.servedToday(u"consult") == 4);
    CHECK(f.engine.meanHandlingSeconds(u"consult") == Approx(300.0)); // four are too few: the prior
    handle(160);
    CHECK(f.engine.meanHandlingSeconds(u"consult") == Approx((4 * 60 + 160) / 5.0));
    // 3 waiting, 1 window, mean 80 s.
    CHECK(f.engine.estimateNewTicket(u"consult") == 3 * 80);
    f.clock.set(local(2026, 3, 3, 9, 0)); // a new day: back to the prior
    CHECK(f.engine.meanHandlingSeconds(u"consult") == Approx(300.0));
}

TEST_CASE("a ticket transferred to one window waits on that window alone", "[engine][estimate]")
{
    EngineFixture f;
    f.open(1);
    f.open(2);
    const Ticket a = f.issue("consult");
    f.callNext(1);
    TransferCommand t;
    t.window = 1;
    t.toWindow = 5;
    REQUIRE(f.engine.transfer(t).ok());
    CHECK(f.engine.estimateTicket(a.id) == -1); // window 5 is closed
    f.open(5);
    CHECK(f.engine.estimateTicket(a.id) == 0);
    NaiveWaitEstimator naive;
    CHECK(naive.estimateTicket(f.engine, a.id) == f.engine.estimateTicket(a.id));
}
