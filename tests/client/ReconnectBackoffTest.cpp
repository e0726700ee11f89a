#include "client/ReconnectBackoff.h"

#include <QList>
#include <catch2/catch.hpp>

using hallq::client::ReconnectBackoff;
using std::chrono::milliseconds;

TEST_CASE("backoff doubles from 250 ms up to 10 s", "[client][backoff]")
{
    ReconnectBackoff b;
    b.setRandom([] { return 0.0; }); // no jitter taken
    QList<qint64> delays;
    for (int i = 0; i < 9; ++i)
        delays.append(b.next().count());
    CHECK(delays == QList<qint64>{250, 500, 1000, 2000, 4000, 8000, 10000, 10000, 10000});
    CHECK(b.attempts() == 9);
}

TEST_CASE("jitter only shortens a delay, by at most its fraction", "[client][backoff]")
{
    ReconnectBackoff b(milliseconds(1000), milliseconds(8000), 0.25);
    double r = 0.999;
    b.setRandom([&] { return r; });
    CHECK(b.next() == milliseconds(751)); // 1000 - 249
    r = 0.5;
    CHECK(b.next() == milliseconds(1750));
    b.setJitter(0);
    CHECK(b.next() == milliseconds(4000));
}

TEST_CASE("reset starts the sequence again", "[client][backoff]")
{
    ReconnectBackoff b(milliseconds(10), milliseconds(100), 0);
    b.next();
    b.next();
    CHECK(b.next() == milliseconds(40));
    b.reset();
    CHECK(b.attempts() == 0);
    CHECK(b.next() == milliseconds(10));
}

TEST_CASE("a huge attempt count does not overflow the delay", "[client][backoff]")
{
    ReconnectBackoff b(milliseconds(250), milliseconds(10000), 0);
    milliseconds last{};
    for (int i = 0; i < 200; ++i)
        last = b.next();
    CHECK(last == milliseconds(10000));
}
