#include "client/EventSequencer.h"

#include "protocol/Builders.h"

#include <catch2/catch.hpp>

using namespace hallq;
using namespace hallq::client;

namespace {

protocol::Envelope event(qint64 seq)
{
    protocol::QueueEvent q;
    q.queue.serviceId = QStringLiteral("A");
    return protocol::makeEvent(q, seq);
}

QList<qint64> seqs(const QList<EventSequencer::Delivery> &deliveries)
{
    QList<qint64> out;
    for (const auto &d : deliveries)
        out.append(d.event.seq);
    return out;
}

} // namespace

TEST_CASE("the sequencer takes its position from a snapshot and drops what it covers", "[client][sequencer]")
{
    EventSequencer s;
    CHECK_FALSE(s.canResume());
    s.beginSubscribe();
    CHECK_FALSE(s.accept(event(4)).has_value()); // held until the reply
    CHECK_FALSE(s.accept(event(6)).has_value());
    const auto held = s.subscribed(5, std::pair(QStringLiteral("E1"), qint64(5)));
    CHECK(seqs(held) == QList<qint64>{6}); // 4 is inside the snapshot
    CHECK(held.first().origin == EventOrigin::Replayed);
    CHECK(s.epoch() == QStringLiteral("E1"));
    CHECK(s.lastSeq() == 6);
    CHECK(s.canResume());

    CHECK(s.accept(event(7)) == EventOrigin::Live);
    CHECK_FALSE(s.accept(event(7)).has_value()); // duplicate
    CHECK(s.lastSeq() == 7);
}

TEST_CASE("on resume, events up to the reply's seq are history", "[client][sequencer]")
{
    EventSequencer s;
    s.beginSubscribe();
    s.subscribed(10, std::pair(QStringLiteral("E1"), qint64(10)));
    s.linkLost();
    CHECK_FALSE(s.accept(event(11)).has_value()); // not subscribed: ignored, still to be replayed
    CHECK(s.lastSeq() == 10);

    s.beginSubscribe();
    CHECK(s.subscribed(13, std::nullopt).isEmpty());
    CHECK(s.epoch() == QStringLiteral("E1")); // a resume keeps the epoch
    CHECK(s.accept(event(11)) == EventOrigin::Replayed);
    CHECK(s.accept(event(13)) == EventOrigin::Replayed);
    CHECK(s.accept(event(14)) == EventOrigin::Live);
}

TEST_CASE("forget makes the next subscribe a fresh one", "[client][sequencer]")
{
    EventSequencer s;
    s.beginSubscribe();
    s.subscribed(3, std::pair(QStringLiteral("E1"), qint64(3)));
    s.forget();
    CHECK_FALSE(s.canResume());
    CHECK(s.lastSeq() == 0);
}
