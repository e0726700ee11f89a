// Hostile input against the live server (issue #8): every bad frame in the
// table gets its typed error, the server stays up, the hall does not change,
// and a board and a kiosk on other connections carry on as if nothing happened.
// tests/integration/SecurityTest.cpp has the first cases of each kind; this
// table adds the rest and checks the state and the bystanders after each row.
#include "HallFixture.h"
#include "Requests.h"

#include "support/RawClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <functional>

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

// Who sends the hostile frame.
enum class As { Nobody, Greeted, Kiosk, Display, Counter };

struct Row
{
    const char *name;
    As as;
    std::function<void(RawClient &)> send;
    QString expected; // the error code of the reply
};

QJsonObject frame(const QString &type, qint64 id, const QJsonValue &body)
{
    return {{u"type"_s, type}, {u"id"_s, id}, {u"body"_s, body}};
}

// Ids far above what the handshake used, so only the field under test is wrong.
constexpr qint64 kId = 1000;

void text(RawClient &c, const QString &t)
{
    c.sendText(t);
}

QString nested(int depth)
{
    QString v = u"1"_s;
    for (int i = 0; i < depth; ++i)
        v = u"{\"a\":"_s + v + u"}"_s;
    return v;
}

const QString kSql = u"consult'; DROP TABLE tickets; --"_s;

QList<Row> rows()
{
    return {
        {"malformed JSON", As::Kiosk, [](RawClient &c) { text(c, u"{\"type\":\"ping\",\"id\":"_s); }, u"malformed"_s},
        {"JSON that is not an object", As::Kiosk, [](RawClient &c) { text(c, u"\"ticket.issue\""_s); }, u"malformed"_s},
        {"NaN is not JSON", As::Counter, [](RawClient &c) { text(c, u"{\"type\":\"call.next\",\"id\":1000,\"body\":{\"window\":NaN}}"_s); },
         u"malformed"_s},
        {"binary frame", As::Kiosk, [](RawClient &c) { c.sendBinary(QByteArray("\x00\xff{\"type\":\"ping\"}", 17)); },
         u"malformed"_s},
        {"oversized frame", As::Kiosk,
         [](RawClient &c) { c.sendJson(frame(u"ticket.issue"_s, kId, QJsonObject{{u"serviceId"_s, QString(80000, u'x')}})); },
         u"too_large"_s},
        {"deep nesting", As::Kiosk, [](RawClient &c) { text(c, u"{\"type\":\"ping\",\"id\":1000,\"body\":"_s + nested(40) + u"}"_s); },
         u"too_deep"_s},
        {"id as a string", As::Kiosk, [](RawClient &c) { text(c, u"{\"type\":\"ping\",\"id\":\"1000\",\"body\":{}}"_s); },
         u"malformed"_s},
        {"negative id", As::Kiosk, [](RawClient &c) { c.sendJson(frame(u"ping"_s, -5, QJsonObject{})); }, u"malformed"_s},
        {"id beyond 2^53", As::Kiosk, [](RawClient &c) { text(c, u"{\"type\":\"ping\",\"id\":18014398509481984,\"body\":{}}"_s); },
         u"malformed"_s},
        {"type as a number", As::Kiosk, [](RawClient &c) { text(c, u"{\"type\":7,\"id\":1000,\"body\":{}}"_s); }, u"malformed"_s},
        {"body as a list", As::Kiosk, [](RawClient &c) { c.sendJson(frame(u"ticket.issue"_s, kId, QJsonArray{1, 2})); },
         u"malformed"_s},
        {"window as a string", As::Counter, [](RawClient &c) { c.sendJson(frame(u"call.next"_s, kId, QJsonObject{{u"window"_s, u"4"_s}})); },
         u"bad_field"_s},
        {"window out of range", As::Counter,
         [](RawClient &c) { c.sendJson(frame(u"call.next"_s, kId, QJsonObject{{u"window"_s, 99999999999.0}})); }, u"bad_field"_s},
        {"fractional window", As::Counter,
         [](RawClient &c) { c.sendJson(frame(u"ticket.no_show"_s, kId, QJsonObject{{u"window"_s, 4.5}})); }, u"bad_field"_s},
        {"missing body field", As::Counter, [](RawClient &c) { c.sendJson(frame(u"call.next"_s, kId, QJsonObject{})); },
         u"bad_field"_s},
        {"unknown ticket class", As::Kiosk,
         [](RawClient &c) {
             c.sendJson(frame(u"ticket.issue"_s, kId, QJsonObject{{u"serviceId"_s, u"consult"_s}, {u"ticketClass"_s, u"vip"_s}}));
         },
         u"bad_field"_s},
        {"string over the length limit", As::Kiosk,
         [](RawClient &c) { c.sendJson(frame(u"ticket.issue"_s, kId, QJsonObject{{u"serviceId"_s, QString(257, u'a')}})); },
         u"bad_field"_s},
        {"list over the length limit", As::Nobody,
         [](RawClient &c) {
             QJsonArray features;
             for (int i = 0; i < 1001; ++i)
                 features.append(u"f"_s);
             c.sendJson(frame(u"hello"_s, kId, QJsonObject{{u"protocolVersion"_s, 1}, {u"client"_s, u"x"_s},
                                                           {u"clientVersion"_s, u"1"_s}, {u"features"_s, features}}));
         },
         u"bad_field"_s},
        {"unknown message type", As::Kiosk, [](RawClient &c) { c.sendJson(frame(u"ticket.delete_all"_s, kId, QJsonObject{})); },
         u"unknown_type"_s},
        {"an event sent as a request", As::Display,
         [](RawClient &c) { c.sendJson(frame(u"event.call"_s, kId, QJsonObject{{u"ticketNumber"_s, u"A001"_s}})); },
         u"unknown_type"_s},
        {"request before hello", As::Nobody,
         [](RawClient &c) { c.sendJson(frame(u"ticket.issue"_s, kId, QJsonObject{{u"serviceId"_s, u"consult"_s}})); },
         u"not_authenticated"_s},
        {"request before log-in", As::Greeted,
         [](RawClient &c) { c.sendJson(frame(u"call.next"_s, kId, QJsonObject{{u"window"_s, 4}})); }, u"not_authenticated"_s},
        {"kiosk calls a ticket", As::Kiosk, [](RawClient &c) { c.sendJson(frame(u"call.next"_s, kId, QJsonObject{{u"window"_s, 4}})); },
         u"forbidden"_s},
        {"display issues a ticket", As::Display,
         [](RawClient &c) { c.sendJson(frame(u"ticket.issue"_s, kId, QJsonObject{{u"serviceId"_s, u"consult"_s}})); }, u"forbidden"_s},
        {"kiosk cancels a ticket", As::Kiosk, [](RawClient &c) { c.sendJson(frame(u"ticket.cancel"_s, kId, QJsonObject{{u"ticketId"_s, 1}})); },
         u"forbidden"_s},
        {"counter acts on another's window", As::Counter,
         [](RawClient &c) { c.sendJson(frame(u"window.close"_s, kId, QJsonObject{{u"window"_s, 4}})); }, u"forbidden"_s},
        {"forged device token", As::Greeted,
         [](RawClient &c) { c.sendJson(frame(u"auth.device"_s, kId, QJsonObject{{u"token"_s, u"aGFsbHEtZm9yZ2VkLXRva2VuLTAwMDAwMDAwMDAw"_s}})); },
         u"auth_failed"_s},
        {"SQL in a device token", As::Greeted,
         [](RawClient &c) { c.sendJson(frame(u"auth.device"_s, kId, QJsonObject{{u"token"_s, u"' OR '1'='1"_s}})); }, u"auth_failed"_s},
        {"SQL in a staff id", As::Greeted,
         [](RawClient &c) {
             c.sendJson(frame(u"auth.login"_s, kId, QJsonObject{{u"staffId"_s, u"c1' --"_s}, {u"password"_s, u"' OR 1=1 --"_s}}));
         },
         u"auth_failed"_s},
        {"a second log-in on one connection", As::Kiosk,
         [](RawClient &c) { c.sendJson(frame(u"auth.login"_s, kId, QJsonObject{{u"staffId"_s, u"sup"_s}, {u"password"_s, u"x"_s}})); },
         u"already_authenticated"_s},
        {"SQL in a service id", As::Kiosk,
         [](RawClient &c) { c.sendJson(frame(u"ticket.issue"_s, kId, QJsonObject{{u"serviceId"_s, kSql}})); }, u"unknown_service"_s},
        {"SQL in a transfer target", As::Counter,
         [](RawClient &c) {
             c.sendJson(frame(u"ticket.transfer"_s, kId, QJsonObject{{u"window"_s, 5}, {u"toService"_s, kSql}}));
         },
         u"unknown_service"_s},
        {"SQL in a note with a bad target", As::Counter,
         [](RawClient &c) {
             c.sendJson(frame(u"ticket.transfer"_s, kId,
                              QJsonObject{{u"window"_s, 5}, {u"toWindow"_s, 77}, {u"note"_s, u"x'); DROP TABLE events; --"_s}}));
         },
         u"unknown_window"_s},
        {"reactivate an unknown ticket", As::Counter,
         [](RawClient &c) { c.sendJson(frame(u"ticket.reactivate"_s, kId, QJsonObject{{u"ticketId"_s, 424242}})); },
         u"unknown_ticket"_s},
    };
}

// Drops the wait estimates: they move with the clock (a case in progress
// ages), not with the state.
QJsonValue withoutEstimates(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(withoutEstimates(e));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != u"estimatedWaitSeconds"_s)
            out.insert(it.key(), withoutEstimates(it.value()));
    return out;
}

// What the hall looks like to a supervisor: snapshot (without its clock and
// the estimates) and every ticket.
QJsonObject fingerprint(HallFixture &hall)
{
    RawClient sup;
    REQUIRE(sup.open(hall.server.wsUrl()));
    REQUIRE(sup.helloAndLogin(u"sup"_s, HallFixture::kPassword));
    QJsonObject snapshot = sup.request(u"subscribe"_s, {{u"scope"_s, u"hall"_s}}).value(u"body"_s).toObject()
                               .value(u"snapshot"_s).toObject();
    REQUIRE_FALSE(snapshot.isEmpty());
    snapshot.remove(u"serverTime"_s);
    const QJsonValue tickets = sup.request(u"queue.list"_s, {}).value(u"body"_s).toObject().value(u"tickets"_s);
    return withoutEstimates(QJsonObject{{u"snapshot"_s, snapshot}, {u"tickets"_s, tickets}}).toObject();
}

bool connectAs(RawClient &c, As as, HallFixture &hall)
{
    if (!c.open(hall.server.wsUrl()))
        return false;
    switch (as) {
    case As::Nobody: return true;
    case As::Greeted: return c.hello();
    case As::Kiosk: return c.helloAndDevice(hall.kioskToken);
    case As::Display: return c.helloAndDevice(hall.displayToken);
    case As::Counter: return c.helloAndLogin(u"c2"_s, HallFixture::kPassword);
    }
    return false;
}

// A board subscribed to the hall: it must see what legitimate clients do, and nothing else.
struct Board
{
    RawClient raw;
    explicit Board(HallFixture &hall)
    {
        REQUIRE(raw.open(hall.server.wsUrl()));
        REQUIRE(raw.helloAndDevice(hall.displayToken));
        REQUIRE(raw.request(u"subscribe"_s, {{u"scope"_s, u"hall"_s}}).value(u"ok"_s).toBool());
    }
};

} // namespace

TEST_CASE("hostile input: each bad frame gets its error and changes nothing", "[hostile]")
{
    HallFixture hall;
    // c1 holds window 4; the counter rows act as c2, who holds window 5 with a called ticket.
    auto c1 = hall.staff(u"c1"_s);
    c1->ok(at<protocol::WindowOpenRequest>(4));
    auto c2 = hall.staff(u"c2"_s);
    c2->ok(at<protocol::WindowOpenRequest>(5));
    auto kiosk = hall.kiosk();
    kiosk->ok(issueOf(u"consult"_s));
    kiosk->ok(issueOf(u"consult"_s));
    c2->ok(at<protocol::CallNextRequest>(5));
    Board board(hall);
    const QJsonObject before = fingerprint(hall);

    for (const Row &row : rows()) {
        INFO(row.name);
        RawClient attacker;
        REQUIRE(connectAs(attacker, row.as, hall));
        row.send(attacker);
        const QJsonObject reply = attacker.nextReply();
        CHECK(RawClient::errorCode(reply).toStdString() == row.expected.toStdString());
        CHECK_FALSE(reply.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        // The server is up and answers on the same connection (one mistake is not a disconnect).
        if (row.as != As::Nobody) {
            attacker.sendJson(frame(u"ping"_s, kId + 1, QJsonObject{}));
            CHECK(attacker.nextReply().value(u"ok"_s).toBool());
        }
    }
    // Nothing the attackers sent reached the board or changed the hall.
    CHECK(board.raw.nextEvent(u"event.ticket"_s, 300).isEmpty());
    const QJsonObject after = fingerprint(hall);
    INFO(QJsonDocument(before).toJson().toStdString() << "\n---\n" << QJsonDocument(after).toJson().toStdString());
    CHECK(after == before);
    // The bystanders carry on: the kiosk issues, the board sees it.
    const auto issued = kiosk->ok(issueOf(u"consult"_s));
    const QJsonObject event = board.raw.nextEvent(u"event.ticket"_s);
    CHECK(event.value(u"body"_s).toObject().value(u"ticket"_s).toObject().value(u"number"_s).toString() == issued.ticket.number);
}

TEST_CASE("hostile input: a replayed request is refused and acts once", "[hostile]")
{
    HallFixture hall;
    RawClient kiosk;
    REQUIRE(kiosk.open(hall.server.wsUrl()));
    REQUIRE(kiosk.helloAndDevice(hall.kioskToken));
    const QJsonObject issue = frame(u"ticket.issue"_s, 50, QJsonObject{{u"serviceId"_s, u"consult"_s}});
    kiosk.sendJson(issue);
    const QJsonObject first = kiosk.nextReply();
    REQUIRE(first.value(u"ok"_s).toBool());
    const QJsonObject before = fingerprint(hall);
    kiosk.sendJson(issue); // the same frame again
    CHECK(RawClient::errorCode(kiosk.nextReply()) == u"malformed"_s);
    kiosk.sendJson(frame(u"ticket.issue"_s, 49, QJsonObject{{u"serviceId"_s, u"consult"_s}})); // an older id
    CHECK(RawClient::errorCode(kiosk.nextReply()) == u"malformed"_s);
    CHECK(fingerprint(hall) == before);
    // A fresh id still works.
    kiosk.sendJson(frame(u"ticket.issue"_s, 51, QJsonObject{{u"serviceId"_s, u"consult"_s}}));
    CHECK(kiosk.nextReply().value(u"ok"_s).toBool());
    CHECK(fingerprint(hall) != before);
}

TEST_CASE("hostile input: SQL-looking text is stored and shown verbatim", "[hostile]")
{
    HallFixture hall;
    auto c1 = hall.staff(u"c1"_s);
    c1->ok(at<protocol::WindowOpenRequest>(4));
    auto kiosk = hall.kiosk();
    kiosk->ok(issueOf(u"consult"_s));
    const auto called = c1->ok(at<protocol::CallNextRequest>(4));
    c1->ok(at<protocol::ServeStartRequest>(4));
    protocol::ServeFinishRequest finish;
    finish.window = 4;
    finish.outcome = u"'); DELETE FROM tickets; SELECT ('"_s;
    const auto done = c1->ok(finish);
    CHECK(done.ticket.outcome == finish.outcome);
    // Still there after a restart: the statement was data, never SQL.
    REQUIRE(hall.server.stop());
    hall.start();
    auto sup = hall.staff(u"sup"_s);
    const auto again = sup->ok(ticketRef<protocol::TicketGetRequest>(called.ticket.id));
    CHECK(again.ticket.outcome == finish.outcome);
    CHECK(again.ticket.state == u"finished"_s);
}

TEST_CASE("hostile input: forged status-page tokens find nothing", "[hostile]")
{
    HallFixture hall;
    QNetworkAccessManager http;
    for (const QString &token : {u"forged-token-000"_s, u"' OR '1'='1"_s, u"..%2F..%2Fhallq.sqlite"_s}) {
        INFO(token.toStdString());
        QNetworkReply *reply = http.get(QNetworkRequest(hall.server.httpUrl(u"/t/"_s + token)));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404);
        CHECK_FALSE(reply->readAll().contains("SQLite"));
        reply->deleteLater();
    }
}

TEST_CASE("hostile input: a flood from one connection leaves the others unaffected", "[hostile]")
{
    HallFixture hall;
    Board board(hall);
    auto kiosk = hall.kiosk();
    RawClient flood;
    REQUIRE(flood.open(hall.server.wsUrl()));
    REQUIRE(flood.helloAndDevice(hall.kioskToken));
    const QJsonObject before = fingerprint(hall);
    // Thousands of requests that would each issue a ticket: the rate limit lets
    // the burst through, refuses the rest and then cuts the connection.
    for (int i = 0; i < 3000 && flood.isConnected(); ++i)
        flood.sendJson(frame(u"ticket.issue"_s, kId + i, QJsonObject{{u"serviceId"_s, u"nope"_s}}));
    CHECK(flood.waitForDisconnected());
    CHECK(fingerprint(hall) == before); // an unknown service issues nothing, however often
    // Meanwhile the others are served as usual.
    const auto issued = kiosk->ok(issueOf(u"consult"_s));
    const QJsonObject event = board.raw.nextEvent(u"event.ticket"_s);
    CHECK(event.value(u"body"_s).toObject().value(u"ticket"_s).toObject().value(u"number"_s).toString() == issued.ticket.number);
}
