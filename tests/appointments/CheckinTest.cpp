// Check-in at the kiosk over the WebSocket protocol against the real server:
// early / on time / late, the appointment served ahead of walk-ins once its
// slot has begun, the board's figures, no-shows recorded by themselves and
// the suspension they lead to.

#include "ApiFixture.h"

#include "client/HallMirror.h"
#include "protocol/Protocol.h"

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

protocol::AppointmentCheckinRequest checkinByCode(const QString &code, bool normalIfLate = false)
{
    protocol::AppointmentCheckinRequest r;
    r.code = code;
    r.normalIfLate = normalIfLate;
    return r;
}

protocol::AppointmentCheckinRequest byCard(const QString &id)
{
    protocol::AppointmentCheckinRequest r;
    r.identity = protocol::IdentityInput{id, u"张三"_s};
    return r;
}

template <class Result>
protocol::Error errorOf(const Result &result)
{
    REQUIRE(std::holds_alternative<protocol::Error>(result));
    return std::get<protocol::Error>(result);
}

QString bookedCode(ApiFixture &f, const QDateTime &slot, const QString &id)
{
    const auto r = f.book(slot, id);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    return r.json.value(u"appointment").toObject().value(u"code").toString();
}

} // namespace

TEST_CASE("check-in too early names the time to come back", "[appointments][checkin]")
{
    ApiFixture f; // rules.appointmentEarlyMinutes is the Chaling hall's 30
    f.start();
    const QDateTime slot = f.slotAfter(60);
    const QString code = bookedCode(f, slot, idNumber(1));
    auto kiosk = f.kiosk();
    const auto early = errorOf(kiosk->call(checkinByCode(code)));
    CHECK(early.code == protocol::ErrorCode::AppointmentTooEarly);
    const QString opens = slot.addSecs(-30 * 60).toTimeZone(f.zone).toString(u"HH:mm"_s);
    CHECK(early.message.startsWith(u"请于 %1 后签到"_s.arg(opens)));
    CHECK(f.rowState(code) == u"booked"_s); // nothing changed
}

TEST_CASE("on time check-in issues an appointment ticket that the board counts", "[appointments][checkin]")
{
    ApiFixture f;
    f.start();
    const QDateTime slot = f.slotAfter(5);
    const QString code = bookedCode(f, slot, idNumber(2));
    client::HallMirror board;
    auto display = std::make_unique<SessionDriver>(f.server.wsUrl(), f.server.addDevice(u"display"_s, u"board-1"_s));
    board.attach(display->session.get());
    REQUIRE(display->startAndWait());
    REQUIRE(board.queue(u"accept"_s).has_value());
    const int waitingBefore = board.queue(u"accept"_s)->waiting;

    auto kiosk = f.kiosk();
    // The kiosk shows the booking first (read-only).
    protocol::AppointmentLookupRequest lookup;
    lookup.identity = protocol::IdentityInput{idNumber(2), u"张三"_s};
    const auto shown = kiosk->ok(lookup);
    REQUIRE(shown.appointments.size() == 1);
    CHECK(shown.appointments[0].code == code);
    CHECK(shown.appointments[0].state == u"booked"_s);

    const auto reply = kiosk->ok(byCard(idNumber(2)));
    CHECK(reply.ticket.ticketClass == u"appointment"_s);
    CHECK(reply.ticket.state == u"waiting"_s);
    CHECK(reply.ticket.identityMasked == protocol::IdNumber::mask(idNumber(2)));
    CHECK(reply.statusUrlPath == u"/t/"_s + reply.statusToken);
    CHECK(reply.appointment.state == u"checked_in"_s);
    CHECK(reply.appointment.ticketNumber == reply.ticket.number);
    CHECK(f.rowState(code) == u"checked_in"_s); // durable before the reply

    // The hall board's per-service figure counts it like any ticket.
    CHECK(QTest::qWaitFor([&] { return board.queue(u"accept"_s)->waiting == waitingBefore + 1; }, 5000));

    const auto again = errorOf(kiosk->call(checkinByCode(code)));
    CHECK(again.code == protocol::ErrorCode::AppointmentCheckedIn);
    CHECK(again.message.contains(reply.ticket.number));
    CHECK(errorOf(kiosk->call(checkinByCode(u"NOSUCHCODE"_s))).code == protocol::ErrorCode::AppointmentNotFound);
    CHECK(errorOf(kiosk->call(byCard(idNumber(99)))).code == protocol::ErrorCode::AppointmentNotFound);
}

TEST_CASE("check-in needs exactly one of code and identity and a kiosk-like role", "[appointments][checkin]")
{
    ApiFixture f;
    f.start();
    auto kiosk = f.kiosk();
    CHECK(errorOf(kiosk->call(protocol::AppointmentCheckinRequest{})).code == protocol::ErrorCode::BadField);
    auto both = checkinByCode(u"ABCDEFGH"_s);
    both.identity = protocol::IdentityInput{idNumber(1), u"张三"_s};
    CHECK(errorOf(kiosk->call(both)).code == protocol::ErrorCode::BadField);
    auto counter = f.staff(u"c1"_s);
    CHECK(errorOf(counter->call(checkinByCode(u"ABCDEFGH"_s))).code == protocol::ErrorCode::Forbidden);
    CHECK(f.rowCount() == 0);
}

TEST_CASE("late arrivals: no-show recorded by itself, then a normal ticket if asked", "[appointments][checkin][noshow]")
{
    ApiFixture f; // late window 10 minutes
    const QDateTime missed = f.slotAfter(-40); // began 31-40 minutes ago
    f.seed({{u"LATE0001"_s, idNumber(5), missed}});
    f.start();
    // Recorded at start: its check-in window closed while nobody was looking.
    CHECK(QTest::qWaitFor([&] { return f.rowState(u"LATE0001"_s) == u"no_show"_s; }, 5000));

    auto kiosk = f.kiosk();
    const auto late = errorOf(kiosk->call(checkinByCode(u"late0001"_s)));
    CHECK(late.code == protocol::ErrorCode::AppointmentTooLate);
    CHECK(late.message.contains(u"可改取普通号"_s));
    const auto ticket = kiosk->ok(checkinByCode(u"LATE0001"_s, true));
    CHECK(ticket.ticket.ticketClass == u"normal"_s);
    CHECK(ticket.appointment.state == u"late"_s);
    CHECK(f.rowState(u"LATE0001"_s) == u"late"_s);
}

TEST_CASE("an appointment whose slot has begun is called before walk-ins", "[appointments][checkin][arbitration]")
{
    ApiFixture f; // the Chaling hall's window 1 serves accept (weight 3) and consult (weight 1)
    f.policy.insert(u"lateMinutes"_s, 20);
    const QDateTime begun = f.currentSlot();    // began 0-10 minutes ago: inside the window
    const QDateTime later = f.slotAfter(15);    // has not begun: waits like a walk-in
    f.seed({{u"BEGUN001"_s, idNumber(11), begun}, {u"LATER001"_s, idNumber(12), later}});
    f.start();
    auto kiosk = f.kiosk();
    const auto walkIn = [](int person) { // accept issues real-name tickets
        protocol::TicketIssueRequest r;
        r.serviceId = u"accept"_s;
        r.identity = protocol::IdentityInput{idNumber(person), u"李四"_s};
        return r;
    };
    const auto w1 = kiosk->ok(walkIn(31));
    const auto w2 = kiosk->ok(walkIn(32));
    const auto notYet = kiosk->ok(checkinByCode(u"LATER001"_s));
    const auto appointment = kiosk->ok(checkinByCode(u"BEGUN001"_s)); // checked in last
    CHECK(appointment.ticket.ticketClass == u"appointment"_s);

    auto counter = f.staff(u"c1"_s);
    counter->ok(protocol::WindowOpenRequest{{1}});
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        const auto called = counter->ok(protocol::CallNextRequest{{1}});
        order.append(called.ticket.number);
        counter->ok(protocol::ServeStartRequest{{1}});
        counter->ok(protocol::ServeFinishRequest{1, u"immediate"_s, {}});
    }
    CHECK(order == QStringList{appointment.ticket.number, w1.ticket.number, w2.ticket.number, notYet.ticket.number});
}

TEST_CASE("two no-shows suspend booking over HTTP", "[appointments][noshow][api]")
{
    ApiFixture f;
    f.seed({{u"GONE0001"_s, idNumber(21), f.at(-8, u"09:00"_s)},
            {u"GONE0002"_s, idNumber(21), f.at(-2, u"09:00"_s), u"no_show"_s}});
    f.start();
    CHECK(QTest::qWaitFor([&] { return f.rowState(u"GONE0001"_s) == u"no_show"_s; }, 5000));
    const auto refused = f.book(f.at(1, u"10:00"_s), idNumber(21));
    CHECK(refused.status == 422);
    CHECK(refused.errorCode() == u"booking_suspended"_s);
    const QString until = f.today.addDays(-2 + 30).toString(Qt::ISODate);
    CHECK(refused.json.value(u"error").toObject().value(u"message").toString().contains(until));
    CHECK(f.book(f.at(1, u"10:00"_s), idNumber(22)).status == 201); // others still book
}
