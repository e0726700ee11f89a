// Which booking a check-in means and whether it is in time: early, on time,
// late (with and without a normal ticket), twice, cancelled, another day.

#include "BookFixture.h"

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using appointments::AppointmentBook;
using appointments::BookingState;

namespace {

AppointmentBook::Find findByCode(const QString &code)
{
    return {code, {}, {}};
}

AppointmentBook::Find byPerson(const QString &person, const QString &service = {})
{
    return {{}, u"hash-"_s + person, service};
}

protocol::Error refused(const appointments::Outcome<AppointmentBook::CheckinTarget> &outcome)
{
    REQUIRE(std::holds_alternative<protocol::Error>(outcome));
    return std::get<protocol::Error>(outcome);
}

AppointmentBook::CheckinTarget accepted(const appointments::Outcome<AppointmentBook::CheckinTarget> &outcome)
{
    if (const auto *error = std::get_if<protocol::Error>(&outcome))
        FAIL(error->message.toStdString());
    return std::get<AppointmentBook::CheckinTarget>(outcome);
}

} // namespace

TEST_CASE("check-in opens early minutes before the slot and closes late minutes after", "[appointments][checkin]")
{
    BookFixture f; // early 30, late 15
    const auto b = f.mustBook(local(2026, 3, 2, 10, 0));

    f.clock.set(local(2026, 3, 2, 9, 29));
    const auto early = refused(f.book->checkinTarget(findByCode(b.code), false));
    CHECK(early.code == ErrorCode::AppointmentTooEarly);
    CHECK(early.message.startsWith(u"请于 09:30 后签到"_s));

    f.clock.set(local(2026, 3, 2, 9, 30));
    CHECK_FALSE(accepted(f.book->checkinTarget(findByCode(b.code), false)).late);
    f.clock.set(local(2026, 3, 2, 10, 15));
    CHECK(accepted(f.book->checkinTarget(findByCode(b.code), false)).booking.id == b.id);

    f.clock.set(local(2026, 3, 2, 10, 16));
    const auto late = refused(f.book->checkinTarget(findByCode(b.code), false));
    CHECK(late.code == ErrorCode::AppointmentTooLate);
    CHECK(late.message.contains(u"10:15"_s));
    CHECK(late.message.contains(u"可改取普通号"_s));
    // Asked for a normal ticket, and the hall allows it.
    CHECK(accepted(f.book->checkinTarget(findByCode(b.code), true)).late);
}

TEST_CASE("a hall that refuses late arrivals says so", "[appointments][checkin]")
{
    BookFixture f;
    f.hall.extras.appointments.lateNormalTicket = false;
    f.rebuild();
    const auto b = f.mustBook(local(2026, 3, 2, 10, 0));
    f.clock.set(local(2026, 3, 2, 11, 0));
    const auto late = refused(f.book->checkinTarget(findByCode(b.code), true));
    CHECK(late.code == ErrorCode::AppointmentTooLate);
    CHECK(late.message.contains(u"请重新预约"_s));
}

TEST_CASE("a recorded no-show arriving the same day is too late but may take a normal ticket",
          "[appointments][checkin][noshow]")
{
    BookFixture f;
    const auto b = f.mustBook(local(2026, 3, 2, 10, 0));
    f.clock.set(local(2026, 3, 2, 11, 0));
    REQUIRE(f.book->recordNoShows().size() == 1);
    CHECK(refused(f.book->checkinTarget(findByCode(b.code), false)).code == ErrorCode::AppointmentTooLate);
    CHECK(accepted(f.book->checkinTarget(findByCode(b.code), true)).late);
    const auto row = f.book->recordCheckin(b.id, true, 99, u"B001"_s);
    CHECK(row.state == BookingState::Late);
    CHECK(row.missed()); // the slot still went unused
}

TEST_CASE("a booking checks in once", "[appointments][checkin]")
{
    BookFixture f;
    const auto b = f.mustBook(local(2026, 3, 2, 10, 0));
    f.clock.set(local(2026, 3, 2, 9, 50));
    accepted(f.book->checkinTarget(findByCode(b.code), false));
    const auto row = f.book->recordCheckin(b.id, false, 42, u"B007"_s);
    CHECK(row.state == BookingState::CheckedIn);
    CHECK(row.ticketId == 42);
    const auto again = refused(f.book->checkinTarget(findByCode(b.code), false));
    CHECK(again.code == ErrorCode::AppointmentCheckedIn);
    CHECK(again.message.contains(u"B007"_s));
    f.clock.set(local(2026, 3, 2, 11, 0));
    CHECK(f.book->recordNoShows().isEmpty()); // checked in: never a no-show
}

TEST_CASE("cancelled, unknown and other-day bookings do not check in", "[appointments][checkin]")
{
    BookFixture f;
    const auto cancelled = f.mustBook(local(2026, 3, 2, 10, 0));
    REQUIRE(std::holds_alternative<appointments::Booking>(f.book->cancel(cancelled.code, u"t"_s)));
    const auto tomorrow = f.mustBook(local(2026, 3, 3, 9, 0), u"p2"_s);
    f.clock.set(local(2026, 3, 2, 9, 50));
    CHECK(refused(f.book->checkinTarget(findByCode(cancelled.code), false)).code == ErrorCode::AppointmentNotFound);
    CHECK(refused(f.book->checkinTarget(findByCode(u"ZZZZ"_s), false)).code == ErrorCode::AppointmentNotFound);
    const auto future = refused(f.book->checkinTarget(findByCode(tomorrow.code), false));
    CHECK(future.code == ErrorCode::AppointmentTooEarly);
    CHECK(future.message.startsWith(u"请于 3月3日 08:30 后签到"_s));
    // By identity, only today's bookings count.
    CHECK(refused(f.book->checkinTarget(byPerson(u"p2"_s), false)).code == ErrorCode::AppointmentNotFound);
    CHECK(refused(f.book->checkinTarget(byPerson(u"p1"_s), false)).code == ErrorCode::AppointmentNotFound);
}

TEST_CASE("by identity, the booking that can check in now wins", "[appointments][checkin]")
{
    BookFixture f;
    f.mustBook(local(2026, 3, 2, 10, 0), u"p1"_s, u"accept"_s);
    const auto afternoon = f.mustBook(local(2026, 3, 2, 15, 0), u"p1"_s, u"enterprise"_s);
    f.clock.set(local(2026, 3, 2, 14, 40));
    // The morning booking is long past; the afternoon one is open.
    CHECK(accepted(f.book->checkinTarget(byPerson(u"p1"_s), false)).booking.id == afternoon.id);
    // Narrowed to the morning's service: too late.
    CHECK(refused(f.book->checkinTarget(byPerson(u"p1"_s, u"accept"_s), false)).code == ErrorCode::AppointmentTooLate);

    f.clock.set(local(2026, 3, 2, 12, 0));
    // Between the two: the next one's opening time is the useful answer.
    const auto early = refused(f.book->checkinTarget(byPerson(u"p1"_s), false));
    CHECK(early.code == ErrorCode::AppointmentTooEarly);
    CHECK(early.message.startsWith(u"请于 14:30 后签到"_s));
}
