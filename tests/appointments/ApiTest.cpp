// The appointments HTTP API against the real server: authentication, the
// bad-input table (typed errors, nothing changed), the booking rules, the
// last place under concurrency, cancelling, rate limits and durability.

#include "ApiFixture.h"

#include "protocol/IdNumber.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QNetworkReply>

using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

const QString kBook = u"/api/v1/appointments"_s;

QString code(const HttpResponse &r)
{
    return r.json.value(u"appointment").toObject().value(u"code").toString();
}

} // namespace

TEST_CASE("the API wants a valid key scoped to appointments", "[appointments][api]")
{
    ApiFixture f;
    const QString revoked = f.issueKey(u"old-app"_s);
    REQUIRE(f.admin({u"apikey"_s, u"revoke"_s, u"--id"_s, u"old-app"_s}).exitCode == 0);
    f.start();
    const QString path = u"/api/v1/appointments/slots?service=accept"_s;

    const auto none = f.http().request("GET", path);
    CHECK(none.status == 401);
    CHECK(none.errorCode() == u"not_authenticated"_s);
    CHECK(none.header("www-authenticate").startsWith("Bearer"));
    const auto wrong = f.http().request("GET", path, {}, u"not-a-key"_s);
    CHECK(wrong.status == 401);
    CHECK(wrong.errorCode() == u"auth_failed"_s);
    CHECK(f.http().request("GET", path, {}, revoked).errorCode() == u"auth_failed"_s);
    const auto ok = f.http().request("GET", path, {}, f.apiKey);
    CHECK(ok.status == 200);
    CHECK(ok.json.value(u"slots").toArray().size() > 10);

    // The list of keys never shows a key.
    const auto list = f.admin({u"apikey"_s, u"list"_s});
    CHECK(list.out.contains(u"province-app"_s));
    CHECK(list.out.contains(u"revoked"_s));
    CHECK_FALSE(list.out.contains(f.apiKey));
}

TEST_CASE("bad input gets a typed error and changes nothing", "[appointments][api]")
{
    ApiFixture f;
    f.start();
    const QDateTime slot = f.at(1, u"10:00"_s);
    const QString id = idNumber(1);
    const auto body = [&](const QJsonObject &changes) {
        QJsonObject object = QJsonDocument::fromJson(f.bookBody(slot, id)).object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                object.remove(it.key());
            else
                object.insert(it.key(), it.value());
        }
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QJsonObject badIdentity{{u"idNumber"_s, u"110105198001010011"_s}, {u"name"_s, u"张三"_s}};
    const QJsonObject noName{{u"idNumber"_s, id}, {u"name"_s, u" "_s}};
    struct Case
    {
        const char *what;
        QByteArray method;
        QString path;
        QByteArray body;
        int status;
        QString code;
    };
    const QList<Case> cases{
        {"not JSON", "POST", kBook, "{\"serviceId\":", 400, u"malformed"_s},
        {"a JSON array", "POST", kBook, "[1,2]", 400, u"malformed"_s},
        {"no service", "POST", kBook, body({{u"serviceId"_s, QJsonValue()}}), 400, u"bad_field"_s},
        {"service not a string", "POST", kBook, body({{u"serviceId"_s, 7}}), 400, u"bad_field"_s},
        {"slot not a time", "POST", kBook, body({{u"slotStart"_s, u"tomorrow 10am"_s}}), 400, u"bad_field"_s},
        {"no identity", "POST", kBook, body({{u"identity"_s, QJsonValue()}}), 400, u"bad_field"_s},
        {"wrong check digit", "POST", kBook, body({{u"identity"_s, badIdentity}}), 400, u"invalid_identity"_s},
        {"blank name", "POST", kBook, body({{u"identity"_s, noName}}), 400, u"bad_field"_s},
        {"bad phone", "POST", kBook, body({{u"phone"_s, u"12345"_s}}), 400, u"bad_field"_s},
        {"unknown service", "POST", kBook, body({{u"serviceId"_s, u"nosuch"_s}}), 404, u"unknown_service"_s},
        {"service without appointments", "POST", kBook, body({{u"serviceId"_s, u"consult"_s}}), 422,
         u"class_not_accepted"_s},
        {"off the slot grid", "POST", kBook, body({{u"slotStart"_s, f.isoLocal(f.at(1, u"10:05"_s))}}), 422,
         u"no_such_slot"_s},
        {"outside the hours", "POST", kBook, body({{u"slotStart"_s, f.isoLocal(f.at(1, u"21:00"_s))}}), 422,
         u"no_such_slot"_s},
        {"on the holiday", "POST", kBook, body({{u"slotStart"_s, f.isoLocal(f.at(3, u"10:00"_s))}}), 422,
         u"no_such_slot"_s},
        {"in the past", "POST", kBook, body({{u"slotStart"_s, f.isoLocal(f.at(-1, u"10:00"_s))}}), 422,
         u"booking_window"_s},
        {"too far ahead", "POST", kBook, body({{u"slotStart"_s, f.isoLocal(f.at(7, u"10:00"_s))}}), 422,
         u"booking_window"_s},
        {"too large", "POST", kBook, QByteArray(20000, ' '), 413, u"too_large"_s},
        {"unknown endpoint", "GET", kBook + u"/slots/extra/parts"_s, {}, 404, u"unknown_type"_s},
        {"wrong method", "PUT", kBook + u"/slots"_s, {}, 405, u"unknown_type"_s},
        {"list without a day", "GET", kBook, {}, 400, u"bad_field"_s},
        {"list with a bad day", "GET", kBook + u"?day=2026-13-01"_s, {}, 400, u"bad_field"_s},
        {"slots of no service", "GET", kBook + u"/slots?service=nosuch"_s, {}, 404, u"unknown_service"_s},
        {"slots for too many days", "GET", kBook + u"/slots?service=accept&days=99"_s, {}, 400, u"bad_field"_s},
        {"unknown code", "GET", kBook + u"/NOSUCHCODE"_s, {}, 404, u"appointment_not_found"_s},
        {"cancel unknown code", "POST", kBook + u"/NOSUCHCODE/cancel"_s, {}, 404, u"appointment_not_found"_s},
        {"lookup without identity", "POST", kBook + u"/lookup"_s, "{}", 400, u"bad_field"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto r = f.http().request(c.method, c.path, c.body, f.apiKey);
        CHECK(r.status == c.status);
        CHECK(r.errorCode() == c.code);
        CHECK_FALSE(r.json.value(u"error").toObject().value(u"message").toString().isEmpty());
    }
    CHECK(f.rowCount() == 0);
    const auto day = f.get(kBook + u"?day="_s + f.today.addDays(1).toString(Qt::ISODate));
    CHECK(day.status == 200);
    CHECK(day.json.value(u"appointments").toArray().isEmpty());
    // And the well-formed request still works afterwards.
    CHECK(f.http().request("POST", kBook, body({}), f.apiKey).status == 201);
}

TEST_CASE("booking rules over HTTP: one per person and service and day, capacity, cancel window",
          "[appointments][api]")
{
    ApiFixture f;
    f.start();
    const QDateTime slot = f.at(1, u"10:00"_s);

    const auto first = f.book(slot, idNumber(1));
    REQUIRE(first.status == 201);
    const QJsonObject appointment = first.json.value(u"appointment").toObject();
    CHECK(appointment.value(u"state").toString() == u"booked"_s);
    CHECK(appointment.value(u"identityMasked").toString() == hallq::protocol::IdNumber::mask(idNumber(1)));
    CHECK(appointment.value(u"phoneMasked").toString() == u"138****5678"_s);
    CHECK(appointment.value(u"nameMasked").toString() == u"张*"_s);
    CHECK_FALSE(first.body.contains(idNumber(1).toUtf8())); // never the full number
    CHECK(code(first).size() == 8);

    const auto again = f.book(f.at(1, u"15:00"_s), idNumber(1));
    CHECK(again.status == 409);
    CHECK(again.errorCode() == u"booking_limit"_s);
    CHECK(f.book(f.at(1, u"15:00"_s), idNumber(1), u"enterprise"_s).status == 201);

    CHECK(f.book(slot, idNumber(2)).status == 201);
    const auto full = f.book(slot, idNumber(3));
    CHECK(full.status == 409);
    CHECK(full.errorCode() == u"slot_full"_s);

    const auto grid = f.get(kBook + u"/slots?service=accept&day="_s + f.today.addDays(1).toString(Qt::ISODate));
    bool seen = false;
    for (const auto &value : grid.json.value(u"slots").toArray()) {
        const QJsonObject s = value.toObject();
        if (s.value(u"localTime").toString() == u"10:00"_s) {
            seen = true;
            CHECK(s.value(u"booked").toInt() == 2);
            CHECK(s.value(u"available").toInt() == 0);
            CHECK_FALSE(s.value(u"bookable").toBool());
        }
    }
    CHECK(seen);

    // Cancelling frees the place; a second cancel is refused.
    const auto cancelled = f.post(kBook + u"/"_s + code(first) + u"/cancel"_s, {});
    CHECK(cancelled.status == 200);
    CHECK(cancelled.json.value(u"appointment").toObject().value(u"state").toString() == u"cancelled"_s);
    CHECK(f.post(kBook + u"/"_s + code(first) + u"/cancel"_s, {}).errorCode() == u"wrong_state"_s);
    CHECK(f.book(slot, idNumber(3)).status == 201);

    // Within cancelHoursBefore (1 hour) of the slot: too late.
    const auto soon = f.book(f.slotAfter(20), idNumber(4));
    REQUIRE(soon.status == 201);
    const auto tooLate = f.http().request("DELETE", kBook + u"/"_s + code(soon), {}, f.apiKey);
    CHECK(tooLate.status == 422);
    CHECK(tooLate.errorCode() == u"cancel_too_late"_s);
    CHECK(f.rowState(code(soon)) == u"booked"_s);

    // Look-ups by code and by identity (POST: an ID number never goes into a URL).
    CHECK(f.get(kBook + u"/"_s + code(soon).toLower()).json.value(u"appointment").toObject().value(u"code")
          == code(soon));
    const QByteArray who = QJsonDocument(QJsonObject{{u"identity"_s, QJsonObject{{u"idNumber"_s, idNumber(1)},
                                                                                 {u"name"_s, u"张三"_s}}}})
                               .toJson(QJsonDocument::Compact);
    const auto mine = f.post(kBook + u"/lookup"_s, who);
    CHECK(mine.status == 200);
    CHECK(mine.json.value(u"appointments").toArray().size() == 1); // the enterprise one; the cancelled one is hidden
}

TEST_CASE("two clients booking the last place at once: exactly one wins", "[appointments][api][concurrency]")
{
    ApiFixture f;
    f.policy.insert(u"capacity"_s, 3);
    f.start();
    for (int round = 0; round < 6; ++round) {
        INFO("round " << round);
        const QDateTime slot = f.at(1 + round % 2, u"08:00"_s).addSecs(600 * round);
        REQUIRE(f.book(slot, idNumber(100 + round)).status == 201);
        REQUIRE(f.book(slot, idNumber(200 + round)).status == 201);
        // Two separate connections, both requests on the wire before either answer.
        HttpClient a(f.server.httpUrl()), b(f.server.httpUrl());
        QNetworkReply *ra = a.send("POST", kBook, f.bookBody(slot, idNumber(300 + round)), f.apiKey);
        QNetworkReply *rb = b.send("POST", kBook, f.bookBody(slot, idNumber(400 + round)), f.apiKey);
        const auto first = HttpClient::collect(ra);
        const auto second = HttpClient::collect(rb);
        CHECK(((first.status == 201) != (second.status == 201)));
        CHECK((first.errorCode() == u"slot_full"_s || second.errorCode() == u"slot_full"_s));
        const qint64 start = slot.toMSecsSinceEpoch();
        CHECK(f.rowCount(u"slot_start = %1 AND state = 'booked'"_s.arg(start)) == 3);
    }
}

TEST_CASE("bookings survive a crash of the server", "[appointments][api][durability]")
{
    ApiFixture f;
    f.policy.insert(u"capacity"_s, 1);
    f.start();
    const QDateTime slot = f.at(2, u"09:00"_s);
    const auto booked = f.book(slot, idNumber(7));
    REQUIRE(booked.status == 201); // acknowledged: on disk
    f.crashAndRestart();
    const auto found = f.get(kBook + u"/"_s + code(booked));
    CHECK(found.status == 200);
    CHECK(found.json.value(u"appointment").toObject().value(u"state").toString() == u"booked"_s);
    CHECK(f.book(slot, idNumber(8)).errorCode() == u"slot_full"_s); // the place is still taken
}

TEST_CASE("each API key is rate-limited", "[appointments][api]")
{
    ApiFixture f;
    // 1 a second after a burst of 5: even a slow machine sends 30 requests in well under 25 s.
    f.policy.insert(u"api"_s, QJsonObject{{u"requestsPerSecond"_s, 1}, {u"burst"_s, 5}});
    f.start();
    const QString other = f.issueKey(u"other-app"_s);
    QList<QNetworkReply *> replies;
    HttpClient client(f.server.httpUrl());
    for (int i = 0; i < 30; ++i)
        replies.append(client.send("GET", u"/api/v1/appointments/slots?service=accept"_s, {}, f.apiKey));
    int ok = 0, limited = 0;
    for (QNetworkReply *reply : replies) {
        const auto r = HttpClient::collect(reply);
        ok += r.status == 200;
        if (r.status == 429) {
            ++limited;
            CHECK(r.errorCode() == u"rate_limited"_s);
            CHECK(r.header("retry-after") == "1");
        }
    }
    CHECK(ok >= 5);
    CHECK(ok < 30);
    CHECK(ok + limited == 30);
    // Another integration's key has its own budget.
    CHECK(f.http().request("GET", u"/api/v1/appointments/slots?service=accept"_s, {}, other).status == 200);
}

TEST_CASE("a key revoked while the server runs is refused within seconds", "[appointments][api]")
{
    ApiFixture f;
    f.start();
    const QString path = u"/api/v1/appointments/slots?service=accept"_s;
    REQUIRE(f.get(path).status == 200);
    REQUIRE(f.admin({u"apikey"_s, u"revoke"_s, u"--id"_s, u"province-app"_s}).exitCode == 0);
    QElapsedTimer waited;
    waited.start();
    CHECK(QTest::qWaitFor([&] { return f.get(path).status == 401; }, 5000));
    CHECK(waited.elapsed() < 4000);
}

TEST_CASE("a client that hangs up before its answer does not disturb the server", "[appointments][api]")
{
    ApiFixture f;
    f.start();
    const QByteArray body = f.bookBody(f.at(1, u"10:00"_s), idNumber(51));
    for (int i = 0; i < 5; ++i) {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, f.server.port());
        REQUIRE(socket.waitForConnected(5000));
        const QByteArray request = "POST /api/v1/appointments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                   + f.apiKey.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size())
                                   + "\r\n\r\n" + body;
        socket.write(request);
        REQUIRE(socket.waitForBytesWritten(5000));
        socket.abort(); // gone before the commit is durable
    }
    // The first booking was made (and acknowledged to nobody); the others hit the per-person rule.
    CHECK(QTest::qWaitFor([&] { return f.rowCount() == 1; }, 5000));
    CHECK(f.server.isRunning());
    CHECK(f.get(u"/api/v1/appointments?day="_s + f.today.addDays(1).toString(Qt::ISODate)).json.value(u"appointments")
              .toArray().size() == 1);
}
