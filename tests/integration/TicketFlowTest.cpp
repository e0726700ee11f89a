// The whole path of a ticket through the real server: kiosk issues, counter
// calls, serves and finishes; displays and the status page follow.
#include "HallFixture.h"
#include "Requests.h"

#include "client/HallMirror.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace hallq;
using namespace hallq::test;
using protocol::CallNextRequest;

namespace {

QJsonObject httpGetJson(const QUrl &url, int *status = nullptr)
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(5000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QByteArray httpGet(const QUrl &url)
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(5000);
    return reply->readAll();
}

} // namespace

TEST_CASE("issue call serve and finish through the real server", "[integration]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    auto counter = hall.staff(QStringLiteral("c1"));
    client::HallMirror mirror;
    auto board = hall.display(&mirror);
    QSignalSpy announced(&mirror, &client::HallMirror::callAnnounced);

    const auto issued = kiosk->ok(issueOf(QStringLiteral("consult")));
    CHECK(issued.ticket.number == QStringLiteral("A001"));
    CHECK(issued.ticket.state == QStringLiteral("waiting"));
    CHECK(issued.statusUrlPath == QStringLiteral("/t/") + issued.statusToken);
    CHECK(issued.statusToken.size() >= 16);

    const auto second = kiosk->ok(issueOf(QStringLiteral("consult")));
    CHECK(second.ticket.number == QStringLiteral("A002"));
    CHECK(second.ticket.peopleAhead == 1);

    // Before a window opens, call-next is refused and nothing changes.
    CHECK(counter->errorOf(at<CallNextRequest>(4)) == QStringLiteral("window_not_open"));
    counter->ok(at<protocol::WindowOpenRequest>(4));
    const auto called = counter->ok(at<CallNextRequest>(4));
    CHECK(called.ticket.id == issued.ticket.id);
    CHECK(called.ticket.state == QStringLiteral("called"));
    REQUIRE(called.window.has_value());
    CHECK(called.window->state == QStringLiteral("calling"));
    CHECK(called.window->staffName == QStringLiteral("王小明"));

    // The board hears the call live, once.
    REQUIRE(QTest::qWaitFor([&] { return announced.count() >= 1; }, 5000));
    const auto call = announced.first().first().value<protocol::CallInfo>();
    CHECK(call.ticketNumber == QStringLiteral("A001"));
    CHECK(call.window == 4);

    CHECK(counter->ok(at<protocol::CallRecallRequest>(4)).ticket.recallCount == 1);
    CHECK(counter->ok(at<protocol::ServeStartRequest>(4)).ticket.state == QStringLiteral("serving"));
    protocol::ServeFinishRequest finish;
    finish.window = 4;
    finish.caseType = QStringLiteral("promised");
    finish.outcome = QStringLiteral("accepted");
    const auto finished = counter->ok(finish);
    CHECK(finished.ticket.state == QStringLiteral("finished"));
    CHECK(finished.ticket.caseType == QStringLiteral("promised"));
    CHECK(finished.window->state == QStringLiteral("idle"));

    // The board's mirror follows: A002 still waits, window 4 idle.
    REQUIRE(QTest::qWaitFor([&] {
        const auto w = mirror.window(4);
        return w && w->state == QStringLiteral("idle");
    }, 5000));

    // The public status page of the waiting ticket: its position, no personal data.
    int status = 0;
    const QJsonObject page = httpGetJson(hall.server.httpUrl(QStringLiteral("/api/tickets/") + second.statusToken), &status);
    CHECK(status == 200);
    CHECK(page.value(QStringLiteral("number")).toString() == QStringLiteral("A002"));
    CHECK(page.value(QStringLiteral("state")).toString() == QStringLiteral("waiting"));
    CHECK(page.value(QStringLiteral("peopleAhead")).toInt() == 0);
    CHECK_FALSE(page.contains(QStringLiteral("identityMasked")));
    httpGetJson(hall.server.httpUrl(QStringLiteral("/api/tickets/not-a-token")), &status);
    CHECK(status == 404);
    CHECK(httpGet(hall.server.httpUrl(QStringLiteral("/t/") + second.statusToken)).contains("排队进度"));
}

TEST_CASE("health metrics and config over HTTP", "[integration]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    kiosk->ok(issueOf(QStringLiteral("consult")));
    kiosk->ok(issueOf(QStringLiteral("consult")));

    const QJsonObject health = httpGetJson(hall.server.httpUrl(QStringLiteral("/health")));
    CHECK(health.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(health.value(QStringLiteral("connectedClients")).toInt() >= 1);

    const QByteArray metrics = httpGet(hall.server.httpUrl(QStringLiteral("/metrics")));
    CHECK(metrics.contains("hallq_waiting{service=\"consult\"} 2\n"));
    CHECK(metrics.contains("hallq_tickets_issued_total{service=\"consult\"} 2\n"));
    CHECK(metrics.contains("hallq_operation_ack_seconds_count 2\n"));
    CHECK(metrics.contains("hallq_connected_clients 1\n"));

    const QJsonObject config = httpGetJson(hall.server.httpUrl(QStringLiteral("/config")));
    CHECK(config.value(QStringLiteral("id")).toString() == QStringLiteral("chaling"));
    CHECK(config.value(QStringLiteral("services")).toArray().size() >= 8);
}

TEST_CASE("a ticket's status page survives a server restart", "[integration]")
{
    HallFixture hall;
    QString token;
    {
        auto kiosk = hall.kiosk();
        token = kiosk->ok(issueOf(QStringLiteral("consult"))).statusToken;
    }
    REQUIRE(hall.server.stop());
    hall.start();
    int status = 0;
    const QJsonObject page = httpGetJson(hall.server.httpUrl(QStringLiteral("/api/tickets/") + token), &status);
    INFO(hall.server.output().toStdString());
    CHECK(status == 200);
    CHECK(page.value(QStringLiteral("number")).toString() == QStringLiteral("A001"));
    CHECK(page.value(QStringLiteral("state")).toString() == QStringLiteral("waiting"));
}
