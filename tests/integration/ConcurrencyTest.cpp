// Two counters racing for the same queue never get the same ticket, and
// every ticket is called exactly once.
#include "HallFixture.h"
#include "Requests.h"

#include <QJsonObject>
#include <QSet>

using namespace hallq;
using namespace hallq::test;

TEST_CASE("two counters racing call-next never get the same ticket", "[integration]")
{
    HallFixture hall(false);
    // The race is the point here, not the per-connection rate limit (tested on its own).
    hall.server.writeSettings({{QStringLiteral("limits"), QJsonObject{{QStringLiteral("messagesPerSecond"), 10000},
                                                                      {QStringLiteral("burst"), 10000}}}});
    hall.start();
    auto kiosk = hall.kiosk();
    constexpr int kTickets = 60;
    QSet<qint64> issued;
    for (int i = 0; i < kTickets; ++i)
        issued.insert(kiosk->ok(issueOf(QStringLiteral("consult"))).ticket.id);

    auto c1 = hall.staff(QStringLiteral("c1"));
    auto c2 = hall.staff(QStringLiteral("c2"));
    c1->ok(at<protocol::WindowOpenRequest>(4));
    c2->ok(at<protocol::WindowOpenRequest>(12)); // pickup + consult: both serve consult

    // Each counter loops call-next → finish without waiting for the other;
    // both requests of a round are in flight at the same time.
    QList<qint64> calledBy1, calledBy2;
    int outstanding = 0;
    bool drained1 = false, drained2 = false;
    std::function<void(client::HallSession &, int, QList<qint64> &, bool &)> loop;
    loop = [&](client::HallSession &session, int window, QList<qint64> &called, bool &drained) {
        ++outstanding;
        session.request(at<protocol::CallNextRequest>(window), [&, window](auto result) {
            --outstanding;
            if (auto *error = std::get_if<protocol::Error>(&result)) {
                drained = error->code == protocol::ErrorCode::NothingWaiting;
                return;
            }
            called.append(std::get<0>(result).ticket.id);
            protocol::ServeStartRequest start;
            start.window = window;
            ++outstanding;
            session.request(start, [&, window](auto) {
                --outstanding;
                protocol::ServeFinishRequest finish;
                finish.window = window;
                ++outstanding;
                session.request(finish, [&, window](auto) {
                    --outstanding;
                    loop(session, window, called, drained);
                });
            });
        });
    };
    loop(*c1->session, 4, calledBy1, drained1);
    loop(*c2->session, 12, calledBy2, drained2);
    REQUIRE(QTest::qWaitFor([&] { return drained1 && drained2 && outstanding == 0; }, 60000));

    const QSet<qint64> set1(calledBy1.begin(), calledBy1.end());
    const QSet<qint64> set2(calledBy2.begin(), calledBy2.end());
    CHECK(set1.size() == calledBy1.size());
    CHECK(set2.size() == calledBy2.size());
    CHECK_FALSE(set1.intersects(set2));
    CHECK((set1 | set2) == issued);
    // Both windows really took part in the race.
    CHECK(calledBy1.size() > 0);
    CHECK(calledBy2.size() > 0);
}
