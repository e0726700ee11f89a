// The forward simulation on hand-made inputs: each case checks one rule of
// the engine's arbitration or staffing that the forecast must follow.
#include "engine/QueueForecast.h"

#include <catch2/catch.hpp>

using namespace hallq::engine;

namespace {

constexpr qint64 kS = 1000; // ms per second

QueueForecast::Window window(QList<std::pair<int, int>> profile, QList<QueueForecast::Interval> staffed = {{0, QueueForecast::kNever}})
{
    QueueForecast::Window w;
    w.profile = std::move(profile);
    w.staffed = std::move(staffed);
    return w;
}

QueueForecast::Waiting waiting(qint64 id, int service, qint64 order)
{
    QueueForecast::Waiting t;
    t.id = id;
    t.service = service;
    t.order = order;
    t.issueOrder = order;
    return t;
}

QueueForecast::Input hall(int services, double handlingSeconds)
{
    QueueForecast::Input in;
    in.nowMs = 0;
    in.agingLimit = 1000;
    in.handlingSeconds.assign(size_t(services), handlingSeconds);
    return in;
}

} // namespace

TEST_CASE("forecast: two windows share one queue first in first out", "[estimator][forecast]")
{
    auto in = hall(1, 100);
    in.windows = {window({{0, 1}}), window({{0, 1}})};
    for (int i = 1; i <= 5; ++i)
        in.waiting.push_back(waiting(i, 0, i));
    const auto r = QueueForecast::run(in);
    CHECK(r.calledAtMs.value(1) == 0);
    CHECK(r.calledAtMs.value(2) == 0);
    CHECK(r.calledAtMs.value(3) == 100 * kS);
    CHECK(r.calledAtMs.value(4) == 100 * kS);
    CHECK(r.calledAtMs.value(5) == 200 * kS);
    CHECK(r.newTicketAtMs[0] == 200 * kS); // behind all five, beside the fifth
}

TEST_CASE("forecast: a busy window starts when its current case is expected to end", "[estimator][forecast]")
{
    auto in = hall(1, 100);
    in.windows = {window({{0, 1}})};
    in.windows[0].freeAtMs = 40 * kS;
    in.waiting = {waiting(1, 0, 1), waiting(2, 0, 2)};
    const auto r = QueueForecast::run(in);
    CHECK(r.calledAtMs.value(1) == 40 * kS);
    CHECK(r.calledAtMs.value(2) == 140 * kS);
}

TEST_CASE("forecast: the queue waits out a window's lunch", "[estimator][forecast]")
{
    auto in = hall(1, 100);
    // Staffed for 150 s, away until 1000 s, then until the queue is empty.
    in.windows = {window({{0, 1}}, {{0, 150 * kS}, {1000 * kS, QueueForecast::kNever}})};
    for (int i = 1; i <= 4; ++i)
        in.waiting.push_back(waiting(i, 0, i));
    const auto r = QueueForecast::run(in);
    CHECK(r.calledAtMs.value(1) == 0);
    CHECK(r.calledAtMs.value(2) == 100 * kS);  // called before lunch, served into it
    CHECK(r.calledAtMs.value(3) == 1000 * kS); // after lunch
    CHECK(r.calledAtMs.value(4) == 1100 * kS);
}

TEST_CASE("forecast: a ticket nobody will serve today has no forecast", "[estimator][forecast]")
{
    auto in = hall(2, 100);
    in.windows = {window({{0, 1}}), window({{1, 1}}, {})}; // service 1's only window is not staffed
    in.waiting = {waiting(1, 0, 1), waiting(2, 1, 2)};
    const auto r = QueueForecast::run(in);
    CHECK(r.calledAtMs.contains(1));
    CHECK_FALSE(r.calledAtMs.contains(2));
    CHECK(r.newTicketAtMs[1] == QueueForecast::kNever);
}

TEST_CASE("forecast: green tickets go first and expected green arrivals push a walk-in back", "[estimator][forecast]")
{
    auto in = hall(1, 100);
    in.windows = {window({{0, 1}})};
    auto green = waiting(3, 0, 3);
    green.green = true;
    in.waiting = {waiting(1, 0, 1), waiting(2, 0, 2), green};
    auto r = QueueForecast::run(in);
    CHECK(r.calledAtMs.value(3) == 0);
    CHECK(r.calledAtMs.value(1) == 100 * kS);
    CHECK(r.calledAtMs.value(2) == 200 * kS);

    // One green ticket expected every 150 s from now on: each takes its turn ahead of the walk-ins.
    QueueForecast::Arrivals greens;
    greens.service = 0;
    greens.cls = QueueForecast::Green;
    greens.rate = {{0, 1.0 / 150}};
    greens.untilMs = 10'000 * kS;
    in.arrivals = {greens};
    r = QueueForecast::run(in);
    // Greens arrive at 75 s, 225 s, 375 s ... and each takes the next call.
    CHECK(r.calledAtMs.value(3) == 0);
    CHECK(r.calledAtMs.value(1) == 200 * kS);
    CHECK(r.calledAtMs.value(2) == 500 * kS);
}

TEST_CASE("forecast: round-robin shares a window between services by weight", "[estimator][forecast]")
{
    auto in = hall(2, 100);
    in.windows = {window({{0, 3}, {1, 1}})};
    for (int i = 1; i <= 6; ++i)
        in.waiting.push_back(waiting(i, 0, i));
    in.waiting.push_back(waiting(10, 1, 10));
    const auto r = QueueForecast::run(in);
    // Smooth weighted round-robin 3:1 (nginx): A, A, B, A, ... — the B ticket takes the third call.
    CHECK(r.calledAtMs.value(1) == 0);
    CHECK(r.calledAtMs.value(2) == 100 * kS);
    CHECK(r.calledAtMs.value(10) == 200 * kS);
    CHECK(r.calledAtMs.value(3) == 300 * kS);
}

TEST_CASE("forecast: aging makes a passed-over ticket due, then it goes first", "[estimator][forecast]")
{
    auto in = hall(2, 100);
    in.agingLimit = 2;
    // Round-robin alone would leave service 1 (weight 1 against 100) until the end.
    in.windows = {window({{0, 100}, {1, 1}})};
    for (int i = 1; i <= 6; ++i)
        in.waiting.push_back(waiting(i, 0, i + 10));
    const auto late = waiting(20, 1, 1);
    in.waiting.push_back(late);
    const auto r = QueueForecast::run(in);
    // Passed over by the first two calls, due at the third.
    CHECK(r.calledAtMs.value(20) == 200 * kS);
}

TEST_CASE("forecast: an appointment goes ahead once its slot has begun", "[estimator][forecast]")
{
    auto in = hall(1, 100);
    in.windows = {window({{0, 1}})};
    for (int i = 1; i <= 4; ++i)
        in.waiting.push_back(waiting(i, 0, i));
    auto appointment = waiting(9, 0, 9);
    appointment.appointment = true;
    appointment.slotMs = 150 * kS;
    in.waiting.push_back(appointment);
    const auto r = QueueForecast::run(in);
    CHECK(r.calledAtMs.value(9) == 200 * kS); // first call after its slot starts
    CHECK(r.calledAtMs.value(3) == 300 * kS);
}

TEST_CASE("forecast: a transferred ticket waits only for its window", "[estimator][forecast]")
{
    auto in = hall(1, 100);
    in.windows = {window({{0, 1}}), window({{0, 1}})};
    in.windows[1].freeAtMs = 500 * kS;
    auto targeted = waiting(7, 0, 7);
    targeted.targetWindow = 1;
    in.waiting = {waiting(1, 0, 1), targeted};
    const auto r = QueueForecast::run(in);
    CHECK(r.calledAtMs.value(1) == 0);
    CHECK(r.calledAtMs.value(7) == 500 * kS); // window 0 is free but may not call it
}
