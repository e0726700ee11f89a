// What the server acknowledged survives a SIGKILL at any moment, and boards
// catch up across restarts.
#include "HallFixture.h"
#include "Requests.h"

#include "client/HallMirror.h"

#include <QHash>
#include <QSignalSpy>

using namespace hallq;
using namespace hallq::test;

TEST_CASE("kill -9 between acknowledgements loses nothing acknowledged", "[integration]")
{
    HallFixture hall;
    // Several kiosks with many issues in flight, so the kill lands between
    // acknowledgements with more still pending (each stays within its rate limit).
    std::vector<std::unique_ptr<SessionDriver>> kiosks;
    for (int i = 0; i < 4; ++i)
        kiosks.push_back(hall.kiosk());
    QHash<qint64, QString> acknowledged; // ticket id -> number
    constexpr int kInFlightPerKiosk = 10;
    constexpr int kKillAfter = 150;
    std::function<void(client::HallSession &)> issueOne = [&](client::HallSession &session) {
        session.request(issueOf(QStringLiteral("consult")), [&](auto result) {
            if (auto *reply = std::get_if<0>(&result)) {
                acknowledged.insert(reply->ticket.id, reply->ticket.number);
                if (acknowledged.size() == kKillAfter)
                    hall.server.kill9();
                else if (acknowledged.size() < kKillAfter)
                    issueOne(session);
            }
        });
    };
    for (auto &kiosk : kiosks)
        for (int i = 0; i < kInFlightPerKiosk; ++i)
            issueOne(*kiosk->session);
    REQUIRE(QTest::qWaitFor([&] { return !hall.server.isRunning(); }, 30000));
    REQUIRE(acknowledged.size() >= kKillAfter);
    kiosks.clear();

    hall.server.setPort(hall.server.port());
    hall.start();
    auto supervisor = hall.staff(QStringLiteral("sup"));
    QSet<QString> numbers;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const auto reply = supervisor->call(ticketRef<protocol::TicketGetRequest>(it.key()));
        REQUIRE(std::holds_alternative<protocol::TicketReply>(reply));
        CHECK(std::get<protocol::TicketReply>(reply).ticket.number == it.value());
        numbers.insert(it.value());
    }
    // Numbering goes on after the restart without reusing an acknowledged number.
    auto kiosk2 = hall.kiosk();
    const auto next = kiosk2->ok(issueOf(QStringLiteral("consult")));
    CHECK_FALSE(numbers.contains(next.ticket.number));
}

TEST_CASE("a display subscribed across a server restart catches up", "[integration]")
{
    HallFixture hall;
    client::HallMirror mirror;
    auto board = hall.display(&mirror);
    board->session->backoff().setRange(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    {
        auto kiosk = hall.kiosk();
        kiosk->ok(issueOf(QStringLiteral("consult")));
    }
    REQUIRE(QTest::qWaitFor([&] { return mirror.queue(QStringLiteral("consult")).value_or(protocol::QueueInfo{}).waiting == 1; }, 5000));

    REQUIRE(hall.server.stop());
    REQUIRE(QTest::qWaitFor([&] { return mirror.isStale(); }, 5000));
    hall.server.setPort(hall.server.port());
    hall.start();

    // While the board reconnects, the hall moves on.
    auto kiosk = hall.kiosk();
    kiosk->ok(issueOf(QStringLiteral("consult")));
    kiosk->ok(issueOf(QStringLiteral("consult")));
    auto counter = hall.staff(QStringLiteral("c1"));
    counter->ok(at<protocol::WindowOpenRequest>(4));
    counter->ok(at<protocol::CallNextRequest>(4));

    REQUIRE(QTest::qWaitFor([&] {
        const auto w = mirror.window(4);
        return !mirror.isStale() && mirror.queue(QStringLiteral("consult")).value_or(protocol::QueueInfo{}).waiting == 2 && w
               && w->currentTicketNumber == QStringLiteral("A001");
    }, 15000));
}

TEST_CASE("a board that lost its link resumes from its last seq and does not announce late", "[integration]")
{
    HallFixture hall;
    client::HallMirror mirror;
    auto board = hall.display(&mirror);
    QSignalSpy subscribed(board->session.get(), &client::HallSession::subscribed);
    QSignalSpy announced(&mirror, &client::HallMirror::callAnnounced);
    auto kiosk = hall.kiosk();
    kiosk->ok(issueOf(QStringLiteral("consult")));
    REQUIRE(QTest::qWaitFor([&] { return mirror.queue(QStringLiteral("consult")).value_or(protocol::QueueInfo{}).waiting == 1; }, 5000));
    const qint64 seenBefore = board->session->lastSeq();

    board->session->stop();
    kiosk->ok(issueOf(QStringLiteral("consult")));
    auto counter = hall.staff(QStringLiteral("c1"));
    counter->ok(at<protocol::WindowOpenRequest>(4));
    counter->ok(at<protocol::CallNextRequest>(4)); // happens while the board is away

    subscribed.clear();
    board->session->start();
    REQUIRE(board->waitReady());
    REQUIRE(subscribed.count() >= 1);
    CHECK(subscribed.last().first().toBool()); // resumed, no snapshot
    CHECK(board->session->lastSeq() > seenBefore);
    REQUIRE(QTest::qWaitFor([&] {
        const auto w = mirror.window(4);
        return mirror.queue(QStringLiteral("consult")).value_or(protocol::QueueInfo{}).waiting == 1 && w
               && w->currentTicketNumber == QStringLiteral("A001");
    }, 5000));
    // The call it missed is history, not news: listed, never voiced late.
    CHECK(announced.isEmpty());
}
