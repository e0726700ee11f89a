// The alert rules on their own, against the engine with a hand-moved clock:
// each kind turns yellow, then red, at the hall's thresholds, and only while
// someone is kept waiting.
#include "engine/Engine.h"
#include "engine/ManualClock.h"
#include "engine/TestHall.h"
#include "net/AlertRules.h"

#include <catch2/catch.hpp>

using namespace hallq;
using namespace Qt::StringLiterals;

namespace {

struct Hall
{
    engine::ManualClock clock{engine::test::local(2026, 11, 30, 9, 0)}; // a Monday morning
    engine::Engine engine{engine::test::makeHall(), clock};
    config::AlertThresholds thresholds;
    QHash<QString, net::DeviceState> devices;

    QList<net::AlertCondition> conditions() const
    {
        return net::AlertRules(engine, thresholds).evaluate(devices, clock.now());
    }
    std::optional<net::AlertCondition> find(const QString &kind, const QString &subject) const
    {
        for (const auto &c : conditions())
            if (c.kind == kind && c.subject == subject)
                return c;
        return std::nullopt;
    }
    void issue(const QString &service)
    {
        engine::IssueCommand cmd;
        cmd.serviceId = service;
        cmd.token = u"t%1"_s.arg(++m_tokens);
        REQUIRE(engine.issue(cmd));
    }
    int m_tokens = 0;
};

QString levelOf(const std::optional<net::AlertCondition> &c)
{
    return c ? c->level : u"none"_s;
}

} // namespace

TEST_CASE("a wait turns yellow then red at the hall's limits", "[supervision][rules]")
{
    Hall h;
    h.issue(u"consult"_s);
    h.clock.advanceSeconds(10 * 60);
    h.issue(u"consult"_s);
    CHECK(h.conditions().isEmpty());
    h.clock.advanceSeconds(20 * 60); // the first has waited 30 min
    const auto yellow = h.find(u"wait"_s, u"consult"_s);
    CHECK(levelOf(yellow) == u"yellow"_s);
    CHECK(yellow->message.contains(u"1 人"_s));
    CHECK(yellow->message.contains(u"A001"_s));
    h.clock.advanceSeconds(30 * 60); // 60 and 50 minutes
    const auto red = h.find(u"wait"_s, u"consult"_s);
    CHECK(levelOf(red) == u"red"_s);
    CHECK(red->message.contains(u"2 人"_s)); // both over the yellow limit
    CHECK_FALSE(h.find(u"wait"_s, u"business"_s));
}

TEST_CASE("a paused or idle window counts only while its tickets wait", "[supervision][rules]")
{
    Hall h;
    REQUIRE(h.engine.openWindow(1, u"w1"_s));
    REQUIRE(h.engine.openWindow(4, u"w4"_s)); // serves cross and pickup: nobody waits for it
    h.clock.advanceSeconds(30 * 60);
    CHECK_FALSE(h.find(u"window_idle"_s, u"1"_s)); // idle, but nobody waits
    h.issue(u"consult"_s);
    CHECK(levelOf(h.find(u"window_idle"_s, u"1"_s)) == u"red"_s); // idle 30 min (red at 15) while A001 waits
    CHECK_FALSE(h.find(u"window_idle"_s, u"4"_s));

    REQUIRE(h.engine.pauseWindow(1, engine::PauseReason::Lunch, {}, u"w1"_s));
    CHECK_FALSE(h.find(u"window_idle"_s, u"1"_s));
    CHECK_FALSE(h.find(u"window_paused"_s, u"1"_s));
    h.clock.advanceSeconds(20 * 60);
    CHECK(levelOf(h.find(u"window_paused"_s, u"1"_s)) == u"yellow"_s);
    h.clock.advanceSeconds(20 * 60);
    const auto red = h.find(u"window_paused"_s, u"1"_s);
    CHECK(levelOf(red) == u"red"_s);
    CHECK(red->window == 1);
    CHECK(red->message.contains(u"暂停"_s));
}

TEST_CASE("a service served longer than its limit turns yellow then red", "[supervision][rules]")
{
    Hall h;
    h.thresholds.serviceHandlingLimitMinutes.insert(u"consult"_s, 10);
    h.issue(u"consult"_s);
    REQUIRE(h.engine.openWindow(1, u"w1"_s));
    REQUIRE(h.engine.callNext(1, u"w1"_s));
    REQUIRE(h.engine.startServing(1, u"w1"_s));
    h.clock.advanceSeconds(9 * 60);
    CHECK_FALSE(h.find(u"handling"_s, u"1"_s));
    h.clock.advanceSeconds(2 * 60);
    const auto yellow = h.find(u"handling"_s, u"1"_s);
    CHECK(levelOf(yellow) == u"yellow"_s);
    CHECK(yellow->serviceId == u"consult"_s);
    h.clock.advanceSeconds(10 * 60);
    CHECK(levelOf(h.find(u"handling"_s, u"1"_s)) == u"red"_s);
    CHECK(h.thresholds.handlingLimitFor(u"business"_s) == 30); // the default elsewhere
}

TEST_CASE("device reports turn into printer and reader alerts", "[supervision][rules]")
{
    Hall h;
    h.devices.insert(u"kiosk-1"_s, {u"大厅自助机"_s, u"paper_low"_s, u"disconnected"_s, {}, {}});
    h.devices.insert(u"kiosk-2"_s, {u"二楼自助机"_s, u"offline"_s, u"error"_s, {}, {}});
    h.devices.insert(u"kiosk-3"_s, {u"三楼自助机"_s, u"ok"_s, u"none"_s, {}, {}});
    CHECK(levelOf(h.find(u"printer"_s, u"kiosk-1"_s)) == u"yellow"_s);
    CHECK(levelOf(h.find(u"reader"_s, u"kiosk-1"_s)) == u"yellow"_s);
    CHECK(levelOf(h.find(u"printer"_s, u"kiosk-2"_s)) == u"red"_s);
    CHECK(levelOf(h.find(u"reader"_s, u"kiosk-2"_s)) == u"red"_s);
    CHECK_FALSE(h.find(u"printer"_s, u"kiosk-3"_s));
    CHECK_FALSE(h.find(u"reader"_s, u"kiosk-3"_s));
    CHECK(h.find(u"printer"_s, u"kiosk-2"_s)->message.contains(u"二楼自助机"_s));
}
