// Every booking rule and its refusal, on the book itself. (The same rules
// over HTTP against the real server: ApiTest.cpp.)

#include "BookFixture.h"

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using appointments::BookingState;

TEST_CASE("a booking takes a place in its slot and gets a code", "[appointments][book]")
{
    BookFixture f;
    const auto b = f.mustBook(local(2026, 3, 2, 10, 0));
    CHECK(b.code == u"CODE0001"_s);
    CHECK(b.state == BookingState::Booked);
    CHECK(b.day == QDate(2026, 3, 2));
    CHECK(b.slotEnd == local(2026, 3, 2, 10, 30));
    CHECK(f.book->taken(u"accept"_s, b.slotStart) == 1);
    CHECK(f.book->byCode(u" code0001 "_s)->id == b.id); // typed at a kiosk: case and spaces do not matter
}

TEST_CASE("unknown services, services without appointments and off-grid times are refused", "[appointments][book]")
{
    BookFixture f;
    CHECK(f.refusal(f.request(local(2026, 3, 3, 10, 0), u"p1"_s, u"nosuch"_s)) == ErrorCode::UnknownService);
    CHECK(f.refusal(f.request(local(2026, 3, 3, 10, 0), u"p1"_s, u"consult"_s)) == ErrorCode::ClassNotAccepted);
    CHECK(f.refusal(f.request(local(2026, 3, 3, 10, 10))) == ErrorCode::NoSuchSlot);
    CHECK(f.refusal(f.request(local(2026, 3, 3, 12, 0))) == ErrorCode::NoSuchSlot);  // lunch
    CHECK(f.refusal(f.request(local(2026, 3, 7, 10, 0))) == ErrorCode::NoSuchSlot);  // Saturday
    auto anonymous = f.request(local(2026, 3, 3, 10, 0));
    anonymous.identityHash.clear();
    CHECK(f.refusal(anonymous) == ErrorCode::RealNameRequired);
    CHECK(f.book->size() == 0);
}

TEST_CASE("a booking is made at least N hours and at most M working days ahead", "[appointments][book]")
{
    BookFixture f; // Monday 2 March 08:00, 2 hours, 5 working days
    CHECK(f.refusal(f.request(local(2026, 3, 2, 9, 30))) == ErrorCode::BookingWindow);
    f.mustBook(local(2026, 3, 2, 10, 0), u"p1"_s); // exactly two hours ahead
    f.mustBook(local(2026, 3, 9, 16, 30), u"p2"_s); // the fifth working day after Monday
    CHECK(f.refusal(f.request(local(2026, 3, 10, 8, 30), u"p3"_s)) == ErrorCode::BookingWindow);
    CHECK(f.book->size() == 2);
}

TEST_CASE("one booking per person per service per day", "[appointments][book]")
{
    BookFixture f;
    const auto first = f.mustBook(local(2026, 3, 3, 10, 0));
    CHECK(f.refusal(f.request(local(2026, 3, 3, 15, 0))) == ErrorCode::BookingLimit);
    f.mustBook(local(2026, 3, 3, 15, 0), u"p1"_s, u"enterprise"_s); // another service: fine
    f.mustBook(local(2026, 3, 4, 10, 0));                           // another day: fine
    REQUIRE(std::holds_alternative<appointments::Booking>(f.book->cancel(first.code, u"t"_s)));
    f.mustBook(local(2026, 3, 3, 15, 0)); // the cancelled one no longer counts
}

TEST_CASE("a full slot refuses the next booking until a place is cancelled", "[appointments][book]")
{
    BookFixture f; // capacity 2
    const auto a = f.mustBook(local(2026, 3, 3, 10, 0), u"a"_s);
    f.mustBook(local(2026, 3, 3, 10, 0), u"b"_s);
    CHECK(f.refusal(f.request(local(2026, 3, 3, 10, 0), u"c"_s)) == ErrorCode::SlotFull);
    CHECK(f.book->taken(u"accept"_s, local(2026, 3, 3, 10, 0)) == 2);
    REQUIRE(std::holds_alternative<appointments::Booking>(f.book->cancel(a.code, u"t"_s)));
    CHECK(f.book->taken(u"accept"_s, local(2026, 3, 3, 10, 0)) == 1);
    f.mustBook(local(2026, 3, 3, 10, 0), u"c"_s);
}

TEST_CASE("cancelling closes K hours before the slot and only a booked booking cancels", "[appointments][book]")
{
    BookFixture f;
    const auto b = f.mustBook(local(2026, 3, 2, 14, 0));
    f.clock.set(local(2026, 3, 2, 12, 1));
    auto late = f.book->cancel(b.code, u"t"_s);
    REQUIRE(std::holds_alternative<protocol::Error>(late));
    CHECK(std::get<protocol::Error>(late).code == ErrorCode::CancelTooLate);
    CHECK(f.book->byCode(b.code)->state == BookingState::Booked);

    const auto c = f.mustBook(local(2026, 3, 3, 14, 0));
    REQUIRE(std::holds_alternative<appointments::Booking>(f.book->cancel(c.code, u"t"_s)));
    auto again = f.book->cancel(c.code, u"t"_s);
    CHECK(std::get<protocol::Error>(again).code == ErrorCode::WrongState);
    CHECK(std::get<protocol::Error>(f.book->cancel(u"NOPE"_s, u"t"_s)).code == ErrorCode::AppointmentNotFound);
}

TEST_CASE("two no-shows within 90 days suspend booking for the configured days", "[appointments][book][noshow]")
{
    BookFixture f; // limit 2 within 90 days, suspended 30 days after the last
    f.mustBook(local(2026, 3, 2, 10, 0));
    f.mustBook(local(2026, 3, 3, 10, 0));
    f.clock.set(local(2026, 3, 3, 10, 16)); // both check-in windows (to 10:15) have passed
    const auto missed = f.book->recordNoShows();
    REQUIRE(missed.size() == 2);
    CHECK(missed[0].state == BookingState::NoShow);
    CHECK(f.book->suspendedUntil(u"hash-p1"_s) == QDate(2026, 4, 2));

    auto refused = f.book->book(f.request(local(2026, 3, 5, 10, 0)));
    REQUIRE(std::holds_alternative<protocol::Error>(refused));
    CHECK(std::get<protocol::Error>(refused).code == ErrorCode::BookingSuspended);
    CHECK(std::get<protocol::Error>(refused).message.contains(u"2026-04-02"_s));
    f.mustBook(local(2026, 3, 5, 10, 0), u"p2"_s); // someone else is not affected

    f.clock.set(local(2026, 4, 2, 8, 0)); // the suspension has run out
    CHECK_FALSE(f.book->suspendedUntil(u"hash-p1"_s).isValid());
    f.mustBook(local(2026, 4, 3, 10, 0));
}

TEST_CASE("one no-show alone does not suspend", "[appointments][book][noshow]")
{
    BookFixture f;
    f.mustBook(local(2026, 3, 2, 10, 0));
    f.clock.set(local(2026, 3, 2, 11, 0));
    CHECK(f.book->recordNoShows().size() == 1);
    CHECK_FALSE(f.book->suspendedUntil(u"hash-p1"_s).isValid());
    f.mustBook(local(2026, 3, 4, 10, 0));
}

TEST_CASE("a no-show is recorded only once the late window has passed", "[appointments][noshow]")
{
    BookFixture f;
    const auto b = f.mustBook(local(2026, 3, 2, 10, 0));
    CHECK(f.book->nextNoShowAt() == local(2026, 3, 2, 10, 15).addMSecs(1));
    f.clock.set(local(2026, 3, 2, 10, 15)); // the last moment to check in
    CHECK(f.book->recordNoShows().isEmpty());
    f.clock.advanceMs(1);
    CHECK(f.book->recordNoShows().size() == 1);
    CHECK(f.book->byCode(b.code)->state == BookingState::NoShow);
    CHECK(f.book->recordNoShows().isEmpty()); // once
    CHECK_FALSE(f.book->nextNoShowAt().isValid());
}

TEST_CASE("restore rebuilds places, codes and identities from rows", "[appointments][book]")
{
    BookFixture f;
    const auto a = f.mustBook(local(2026, 3, 3, 10, 0), u"a"_s);
    const auto b = f.mustBook(local(2026, 3, 3, 10, 0), u"b"_s);
    REQUIRE(std::holds_alternative<appointments::Booking>(f.book->cancel(b.code, u"t"_s)));
    const QList<appointments::Booking> rows{a, *f.book->byCode(b.code)};
    f.rebuild();
    f.book->restore(rows, 7);
    CHECK(f.book->taken(u"accept"_s, local(2026, 3, 3, 10, 0)) == 1);
    CHECK(f.book->byCode(a.code)->state == BookingState::Booked);
    CHECK(f.refusal(f.request(local(2026, 3, 3, 15, 0), u"a"_s)) == ErrorCode::BookingLimit);
    CHECK(f.mustBook(local(2026, 3, 4, 10, 0), u"c"_s).id == 8); // ids continue after the mark
}
