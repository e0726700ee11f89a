// Reconnect storm (issue #8): 1,000 boards are connected and subscribed when
// the server is killed; when it is back they all reconnect at once, with the
// client library's own backoff, and every one is resynced (logged in,
// subscribed, holding the current hall) within 5 s of the server listening.
#include "HallFixture.h"
#include "Requests.h"

#include <QElapsedTimer>

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;

TEST_CASE("a reconnect storm of 1000 boards resyncs within 5 seconds", "[faults][storm]")
{
    constexpr int kBoards = 1000;
    HallFixture hall;
    hall.server.setPort(hall.server.port());
    std::vector<std::unique_ptr<client::HallSession>> boards;
    std::vector<int> snapshots(kBoards, 0);
    std::vector<qint64> lastSeq(kBoards, 0);
    for (int i = 0; i < kBoards; ++i) {
        auto s = std::make_unique<client::HallSession>();
        s->setServerUrl(hall.server.wsUrl());
        s->setDeviceToken(hall.displayToken);
        QObject::connect(s.get(), &client::HallSession::snapshotReceived, s.get(),
                         [&snapshots, &lastSeq, i](const protocol::HallSnapshot &snapshot) {
                             ++snapshots[size_t(i)];
                             lastSeq[size_t(i)] = snapshot.seq;
                         });
        s->start();
        boards.push_back(std::move(s));
    }
    const auto readyCount = [&] {
        return std::count_if(boards.begin(), boards.end(), [](const auto &s) { return s->isReady(); });
    };
    REQUIRE(QTest::qWaitFor([&] { return readyCount() == kBoards; }, 60000));

    hall.server.kill9();
    REQUIRE(QTest::qWaitFor([&] { return readyCount() == 0; }, 20000));
    // Bring it back and time the storm from the moment it listens.
    REQUIRE(hall.server.start());
    QElapsedTimer storm;
    storm.start();
    // A ticket issued right after the restart: every board must end up holding it.
    auto kiosk = hall.kiosk();
    const auto issued = kiosk->ok(issueOf(u"consult"_s));
    const qint64 kioskBack = storm.elapsed();
    qint64 half = -1;
    const bool allBack = QTest::qWaitFor([&] {
        const auto ready = readyCount();
        if (half < 0 && ready >= kBoards / 2)
            half = storm.elapsed();
        return ready == kBoards;
    }, 15000);
    const qint64 elapsed = storm.elapsed();
    qInfo().noquote() << kBoards << "boards resynced" << (allBack ? "in" : "NOT ALL within") << elapsed
                      << "ms (half of them by" << half << "ms; a kiosk issued at" << kioskBack << "ms)";
    CHECK(allBack);
    CHECK(elapsed <= 5000);
    // Each got a fresh snapshot from the restarted server (the event history restarted with it).
    CHECK(std::all_of(snapshots.begin(), snapshots.end(), [](int n) { return n >= 2; }));
    CHECK(issued.ticket.number == u"A001"_s);
    // And the server still serves one more board on top of them.
    auto extra = hall.display();
    CHECK(extra->session->isReady());
}
