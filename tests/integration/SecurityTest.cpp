// Unauthenticated, wrong-role and malformed messages are refused with a
// typed error and change nothing; a client that keeps misbehaving is cut off.
#include "HallFixture.h"
#include "Requests.h"

#include "support/RawClient.h"

#include <QFile>

using namespace hallq;
using namespace hallq::test;

namespace {
const QString kType = QStringLiteral("type");
QJsonObject windowBody(int window) { return {{QStringLiteral("window"), window}}; }
} // namespace

TEST_CASE("unauthenticated and wrong-role messages are refused", "[integration][security]")
{
    HallFixture hall;
    RawClient raw;
    REQUIRE(raw.open(hall.server.wsUrl()));

    // Before hello, nothing but hello.
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("call.next"), windowBody(4))) == QStringLiteral("not_authenticated"));
    const QJsonObject newer{{QStringLiteral("protocolVersion"), 99}, {QStringLiteral("client"), QStringLiteral("x")},
                            {QStringLiteral("clientVersion"), QStringLiteral("1")}};
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("hello"), newer)) == QStringLiteral("version_mismatch"));
    CHECK(raw.hello());
    // After hello, before auth: still refused.
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("ticket.issue"), {{QStringLiteral("serviceId"), QStringLiteral("consult")}}))
          == QStringLiteral("not_authenticated"));
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("subscribe"), {{QStringLiteral("scope"), QStringLiteral("hall")}}))
          == QStringLiteral("not_authenticated"));
    // Wrong password, then unknown device token.
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("auth.login"), {{QStringLiteral("staffId"), QStringLiteral("c1")},
                                                                          {QStringLiteral("password"), QStringLiteral("wrong")}}))
          == QStringLiteral("auth_failed"));
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("auth.device"), {{QStringLiteral("token"), QStringLiteral("forged")}}))
          == QStringLiteral("auth_failed"));

    // A kiosk may not call tickets; a display may not issue them.
    RawClient kioskRaw;
    REQUIRE(kioskRaw.open(hall.server.wsUrl()));
    REQUIRE(kioskRaw.helloAndDevice(hall.kioskToken));
    CHECK(RawClient::errorCode(kioskRaw.request(QStringLiteral("call.next"), windowBody(4))) == QStringLiteral("forbidden"));
    CHECK(RawClient::errorCode(kioskRaw.request(QStringLiteral("ticket.cancel"), {{QStringLiteral("ticketId"), 1}}))
          == QStringLiteral("forbidden"));
    RawClient displayRaw;
    REQUIRE(displayRaw.open(hall.server.wsUrl()));
    REQUIRE(displayRaw.helloAndDevice(hall.displayToken));
    CHECK(RawClient::errorCode(displayRaw.request(QStringLiteral("ticket.issue"), {{QStringLiteral("serviceId"), QStringLiteral("consult")}}))
          == QStringLiteral("forbidden"));

    // A counter may act only on the window it opened.
    auto c1 = hall.staff(QStringLiteral("c1"));
    c1->ok(at<protocol::WindowOpenRequest>(4));
    auto c2 = hall.staff(QStringLiteral("c2"));
    CHECK(c2->errorOf(at<protocol::CallNextRequest>(4)) == QStringLiteral("forbidden"));
    CHECK(c2->errorOf(at<protocol::WindowCloseRequest>(4)) == QStringLiteral("forbidden"));
    // ... and one staff member cannot hold two windows.
    CHECK(c1->errorOf(at<protocol::WindowOpenRequest>(5)) == QStringLiteral("staff_already_open"));

    // None of that changed the hall: nothing was issued, window 5 is still closed.
    auto sup = hall.staff(QStringLiteral("sup"));
    protocol::QueueListRequest everything;
    CHECK(sup->ok(everything).tickets.isEmpty());
}

TEST_CASE("malformed and oversized frames get typed errors and persistent abuse disconnects", "[integration][security]")
{
    HallFixture hall;
    RawClient raw;
    REQUIRE(raw.open(hall.server.wsUrl()));
    REQUIRE(raw.helloAndDevice(hall.kioskToken));

    raw.sendText(QStringLiteral("{not json"));
    CHECK(RawClient::errorCode(raw.nextReply()) == QStringLiteral("malformed"));
    raw.sendText(QStringLiteral("[1,2,3]"));
    CHECK(RawClient::errorCode(raw.nextReply()) == QStringLiteral("malformed"));
    raw.sendText(QStringLiteral("{\"type\":\"ticket.issue\",\"id\":1,\"body\":{\"serviceId\":\"") + QString(70000, QLatin1Char('x'))
                 + QStringLiteral("\"}}"));
    CHECK(RawClient::errorCode(raw.nextReply()) == QStringLiteral("too_large"));
    QString deep = QStringLiteral("1");
    for (int i = 0; i < 20; ++i)
        deep = QStringLiteral("[") + deep + QStringLiteral("]");
    raw.sendText(QStringLiteral("{\"type\":\"ping\",\"id\":2,\"body\":{\"x\":") + deep + QStringLiteral("}}"));
    CHECK(RawClient::errorCode(raw.nextReply()) == QStringLiteral("too_deep"));
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("no.such.type"), {})) == QStringLiteral("unknown_type"));
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("ticket.issue"), {{QStringLiteral("serviceId"), 42}}))
          == QStringLiteral("bad_field"));
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("ticket.issue"), {{QStringLiteral("serviceId"), QString(300, QLatin1Char('y'))}}))
          == QStringLiteral("bad_field"));
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("ticket.issue"), {{QStringLiteral("serviceId"), QStringLiteral("nope")}}))
          == QStringLiteral("unknown_service"));
    // Still connected after a handful of mistakes; a good request still works.
    CHECK(raw.request(QStringLiteral("ping"), {}).value(QStringLiteral("ok")).toBool());

    // Keep misbehaving and the server hangs up.
    for (int i = 0; i < 40 && raw.isConnected(); ++i)
        raw.sendText(QStringLiteral("garbage"));
    CHECK(raw.waitForDisconnected());
}

TEST_CASE("repeated failed log-ins are slowed down", "[integration][security]")
{
    HallFixture hall;
    RawClient raw;
    REQUIRE(raw.open(hall.server.wsUrl()));
    REQUIRE(raw.hello());
    const QJsonObject wrong{{QStringLiteral("staffId"), QStringLiteral("c1")}, {QStringLiteral("password"), QStringLiteral("guess")}};
    QStringList codes;
    for (int i = 0; i < 4; ++i)
        codes.append(RawClient::errorCode(raw.request(QStringLiteral("auth.login"), wrong, 10000)));
    CHECK(codes.count(QStringLiteral("auth_failed")) == 3);
    CHECK(codes.last() == QStringLiteral("auth_throttled"));
    // Even the right password waits out the lock.
    const QJsonObject right{{QStringLiteral("staffId"), QStringLiteral("c1")}, {QStringLiteral("password"), HallFixture::kPassword}};
    CHECK(RawClient::errorCode(raw.request(QStringLiteral("auth.login"), right)) == QStringLiteral("auth_throttled"));
}

TEST_CASE("real-name tickets are limited per person and never store the full ID", "[integration][privacy]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    // A valid number by GB 11643 (check digit computed), born 1950: elderly.
    const QString idNumber = QStringLiteral("430224195001010011");
    REQUIRE(protocol::IdNumber::isValidNow(idNumber));

    protocol::TicketIssueRequest request = issueOf(QStringLiteral("accept"));
    CHECK(kiosk->errorOf(request) == QStringLiteral("real_name_required"));
    request.identity = protocol::IdentityInput{idNumber, QStringLiteral("测试")};
    const auto first = kiosk->ok(request);
    CHECK(first.ticket.identityMasked == QStringLiteral("430224********0011"));
    // The hall allows two unfinished 综合受理 tickets per person per day.
    kiosk->ok(request);
    CHECK(kiosk->errorOf(request) == QStringLiteral("real_name_limit"));

    // Green channel by age from the kiosk, refused for the young.
    protocol::TicketIssueRequest green = issueOf(QStringLiteral("consult"));
    green.ticketClass = QStringLiteral("green");
    CHECK(kiosk->errorOf(green) == QStringLiteral("forbidden"));
    green.identity = protocol::IdentityInput{idNumber, QStringLiteral("测试")};
    CHECK(kiosk->ok(green).ticket.ticketClass == QStringLiteral("green"));

    protocol::TicketIssueRequest bad = issueOf(QStringLiteral("accept"));
    bad.identity = protocol::IdentityInput{QStringLiteral("430224195001010012"), QStringLiteral("测试")};
    CHECK(kiosk->errorOf(bad) == QStringLiteral("invalid_identity"));

    // Neither the database nor the server's output holds the full number.
    hall.server.stop();
    QFile db(hall.server.databasePath());
    REQUIRE(db.open(QIODevice::ReadOnly));
    QByteArray bytes = db.readAll();
    QFile wal(hall.server.databasePath() + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    CHECK_FALSE(bytes.contains(idNumber.toLatin1()));
    CHECK(bytes.contains("430224********0011"));
    CHECK_FALSE(hall.server.output().contains(idNumber));
}

TEST_CASE("log-ins sent in parallel cannot get past the lock", "[integration][security]")
{
    HallFixture hall;
    RawClient raw;
    REQUIRE(raw.open(hall.server.wsUrl()));
    REQUIRE(raw.hello());
    // Ten guesses at once on one connection: one is checked, the rest refused.
    for (int i = 0; i < 10; ++i)
        raw.sendJson({{QStringLiteral("type"), QStringLiteral("auth.login")}, {QStringLiteral("id"), 100 + i},
                      {QStringLiteral("body"), QJsonObject{{QStringLiteral("staffId"), QStringLiteral("c1")},
                                                           {QStringLiteral("password"), QStringLiteral("guess%1").arg(i)}}}});
    QStringList codes;
    for (int i = 0; i < 10; ++i)
        codes.append(RawClient::errorCode(raw.nextReply(10000)));
    CHECK(codes.count(QStringLiteral("auth_failed")) == 1);
    CHECK(codes.count(QStringLiteral("auth_throttled")) == 9);
}

TEST_CASE("a connection that never authenticates is closed", "[integration][security]")
{
    HallFixture hall;
    RawClient idle;
    REQUIRE(idle.open(hall.server.wsUrl()));
    CHECK(idle.hello());
    CHECK(idle.request(QStringLiteral("ping"), {}).value(QStringLiteral("ok")).toBool());
    CHECK(idle.waitForDisconnected(30000));
}

TEST_CASE("a flood of messages is rate-limited", "[integration][security]")
{
    HallFixture hall;
    RawClient raw;
    REQUIRE(raw.open(hall.server.wsUrl()));
    REQUIRE(raw.helloAndDevice(hall.kioskToken));
    // 150 at once: the burst (100, less the handshake) passes, the rest are
    // told to slow down, and a client that keeps on is cut off.
    for (int i = 0; i < 150; ++i)
        raw.sendJson({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), 1000 + i},
                      {QStringLiteral("body"), QJsonObject{}}});
    int ok = 0, limited = 0;
    for (QJsonObject reply = raw.nextReply(); !reply.isEmpty(); reply = raw.nextReply(2000)) {
        ok += reply.value(QStringLiteral("ok")).toBool();
        limited += RawClient::errorCode(reply) == QStringLiteral("rate_limited");
    }
    CHECK(ok >= 95);
    CHECK(ok <= 110);
    CHECK(limited >= 1);
    CHECK(raw.waitForDisconnected());
}
