// The net layer's small parts, each on its own: rate limiting, log-in
// throttling, ordered durable acknowledgements and the event ring.
#include "net/AckQueue.h"
#include "net/EventHub.h"
#include "net/IdentityHasher.h"
#include "net/LoginThrottle.h"
#include "net/RateLimiter.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace hallq::net;

TEST_CASE("rate limiter allows the burst, then the sustained rate", "[net]")
{
    RateLimiter limiter(10, 5); // 10/s, bursts of 5
    int allowed = 0;
    for (int i = 0; i < 20; ++i)
        allowed += limiter.allow(0);
    CHECK(allowed == 5);
    CHECK_FALSE(limiter.allow(50)); // half a token
    CHECK(limiter.allow(100));      // one token after 100 ms
    CHECK_FALSE(limiter.allow(100));
    // Idle time refills up to the burst, never beyond.
    allowed = 0;
    for (int i = 0; i < 20; ++i)
        allowed += limiter.allow(100000);
    CHECK(allowed == 5);
}

TEST_CASE("log-in throttle locks after the free attempts and doubles", "[net]")
{
    LoginThrottle throttle(3, 60000);
    const QString id = QStringLiteral("1001");
    const auto fail = [&](qint64 now) {
        throttle.begin(id);
        throttle.finish(id, false, now);
    };
    fail(0);
    fail(0);
    CHECK(throttle.retryAfterMs(id, 0) == 0);
    fail(0);
    const qint64 first = throttle.retryAfterMs(id, 0);
    CHECK(first > 0);
    fail(first);
    CHECK(throttle.retryAfterMs(id, first) == 2 * first);
    CHECK(throttle.retryAfterMs(QStringLiteral("other"), 0) == 0);
    for (int i = 0; i < 30; ++i)
        fail(0);
    CHECK(throttle.retryAfterMs(id, 0) == 60000); // capped
    throttle.begin(id);
    throttle.finish(id, true, 0);
    CHECK(throttle.retryAfterMs(id, 0) == 0);
}

TEST_CASE("log-in checks still running count against the free attempts", "[net]")
{
    LoginThrottle throttle(3, 60000);
    const QString id = QStringLiteral("1002");
    throttle.begin(id);
    throttle.finish(id, false, 0);
    // Two guesses in flight at once on other connections: with the failure
    // already counted, the free attempts are taken until they are decided.
    throttle.begin(id);
    throttle.begin(id);
    CHECK(throttle.retryAfterMs(id, 0) > 0);
    throttle.finish(id, true, 0); // one was right: failures clear, the other still runs
    CHECK(throttle.retryAfterMs(id, 0) == 0);
    throttle.finish(id, false, 0);
    CHECK(throttle.retryAfterMs(id, 0) == 0); // one real failure since the success
}

TEST_CASE("ack queue releases actions in order, only once durable", "[net]")
{
    AckQueue acks;
    QStringList done;
    acks.whenDurable(1, [&] { done << QStringLiteral("a"); });
    acks.whenDurable(3, [&] { done << QStringLiteral("b"); });
    acks.whenDurable(2, [&] { done << QStringLiteral("c"); }); // must not overtake b
    CHECK(done.isEmpty());
    acks.durableUpTo(2);
    CHECK(done == QStringList{QStringLiteral("a")});
    acks.durableUpTo(3);
    CHECK(done == (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    // Already durable: runs at once, still behind nothing.
    acks.whenDurable(1, [&] { done << QStringLiteral("d"); });
    CHECK(done.last() == QStringLiteral("d"));
    CHECK(acks.pending() == 0);
}

TEST_CASE("event hub numbers, filters by window and resumes from its ring", "[net]")
{
    EventHub hub(4);
    QStringList hallFrames, window3Frames;
    hub.subscribe(1, {0, [&](const QString &f) { hallFrames << f; }});
    hub.subscribe(2, {3, [&](const QString &f) { window3Frames << f; }});
    hub.publish(QStringLiteral("event.window"), {{QStringLiteral("n"), 3}}, 3);
    hub.publish(QStringLiteral("event.window"), {{QStringLiteral("n"), 5}}, 5);
    hub.publish(QStringLiteral("event.queue"), {{QStringLiteral("q"), 1}}, 0);
    CHECK(hub.seq() == 3);
    CHECK(hallFrames.size() == 3);
    CHECK(window3Frames.size() == 2); // not window 5's
    const auto first = QJsonDocument::fromJson(hallFrames.first().toUtf8()).object();
    CHECK(first.value(QStringLiteral("seq")).toInteger() == 1);
    CHECK(first.value(QStringLiteral("type")).toString() == QStringLiteral("event.window"));

    CHECK(hub.canResume(hub.epoch(), 1));
    CHECK(hub.framesAfter(1, 0).size() == 2);
    CHECK(hub.framesAfter(1, 3).size() == 1);
    CHECK_FALSE(hub.canResume(QStringLiteral("another-epoch"), 1));
    CHECK_FALSE(hub.canResume(hub.epoch(), 99));
    for (int i = 0; i < 5; ++i)
        hub.publish(QStringLiteral("event.queue"), {}, 0);
    CHECK_FALSE(hub.canResume(hub.epoch(), 1)); // fell out of the ring
    CHECK(hub.canResume(hub.epoch(), hub.seq() - 2));

    hub.unsubscribe(1);
    hub.publish(QStringLiteral("event.queue"), {}, 0);
    CHECK(hallFrames.size() == 8);
}

TEST_CASE("identity hasher: keyed, normalised, key file created private", "[net][privacy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys/identity.key"));
    const QByteArray key = IdentityHasher::loadOrCreateKey(path);
    CHECK(key.size() == 32);
    const auto permissions = QFile::permissions(path);
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((permissions & others) == QFileDevice::Permissions());
    CHECK(IdentityHasher::loadOrCreateKey(path) == key);

    const IdentityHasher a(key), b(QByteArray(32, 'x'));
    const QString id = QStringLiteral("43022419500101002x");
    CHECK(a.hash(id) == a.hash(id.toUpper()));
    CHECK(a.hash(id) != b.hash(id));
    CHECK_FALSE(a.hash(id).contains(QStringLiteral("430224")));
    CHECK(a.hash(id).size() == 64);
}
