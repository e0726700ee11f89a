#include "TestHall.h"

#include "engine/WorkingCalendar.h"

#include <catch2/catch.hpp>

using namespace hallq::engine;
using namespace hallq::engine::test;

namespace {

// The next opening of `service` after a local instant, as a local "yyyy-MM-dd HH:mm".
std::string nextOpen(const WorkingCalendar &cal, const ServiceConfig &service, const QDateTime &instant)
{
    const auto a = cal.availability(service, instant);
    if (a.open)
        return "open";
    return cal.toLocal(a.nextOpen).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString();
}

} // namespace

TEST_CASE("workdays follow the 2026 holidays and make-up days", "[engine][calendar]")
{
    const WorkingCalendar cal(calendar2026());
    CHECK(cal.isWorkday(QDate(2026, 3, 2)));       // Monday
    CHECK_FALSE(cal.isWorkday(QDate(2026, 3, 7))); // Saturday
    CHECK_FALSE(cal.isWorkday(QDate(2026, 1, 2))); // 元旦, a Friday
    CHECK(cal.isWorkday(QDate(2026, 1, 4)));       // make-up Sunday
    CHECK(cal.isWorkday(QDate(2026, 2, 14)));      // make-up Saturday before 春节
    CHECK_FALSE(cal.isWorkday(QDate(2026, 2, 23))); // last day of 春节, a Monday
    CHECK(cal.isWorkday(QDate(2026, 10, 10)));
    CHECK_FALSE(cal.isWorkday(QDate(2026, 10, 7))); // 国庆, a Wednesday
    CHECK(cal.isWorkday(QDate(2026, 10, 8)));       // back to work
}

TEST_CASE("sessions: hall hours, service hours and extended hours", "[engine][calendar]")
{
    const HallConfig hall = makeHall();
    const WorkingCalendar cal(hall.calendar);

    const auto monday = cal.sessions(QDate(2026, 3, 2));
    REQUIRE(monday.size() == 2);
    CHECK(monday[0].start == local(2026, 3, 2, 8, 30));
    CHECK(monday[0].end == local(2026, 3, 2, 12, 0));
    CHECK(monday[1].start == local(2026, 3, 2, 14, 0));
    CHECK(monday[1].end == local(2026, 3, 2, 17, 0));
    CHECK(monday[0].start.timeSpec() == Qt::UTC);

    const auto wednesday = cal.sessions(QDate(2026, 3, 4)); // extended until 18:00
    REQUIRE(wednesday.size() == 2);
    CHECK(wednesday[1].end == local(2026, 3, 4, 18, 0));

    const auto pickup = cal.sessions(QDate(2026, 3, 2), hall.service(u"pickup"));
    REQUIRE(pickup.size() == 1);
    CHECK(pickup[0].start == local(2026, 3, 2, 9, 0));
    CHECK(pickup[0].end == local(2026, 3, 2, 11, 30));

    CHECK(cal.sessions(QDate(2026, 10, 1)).isEmpty());
}

TEST_CASE("availability names the next opening across holidays and make-up days", "[engine][calendar]")
{
    const HallConfig hall = makeHall();
    const WorkingCalendar cal(hall.calendar);
    const ServiceConfig &consult = *hall.service(u"consult");

    CHECK(nextOpen(cal, consult, local(2026, 3, 2, 8, 30)) == "open");   // start is inclusive
    CHECK(nextOpen(cal, consult, local(2026, 3, 2, 11, 59, 59)) == "open");
    CHECK(nextOpen(cal, consult, local(2026, 3, 2, 12, 0)) == "2026-03-02 14:00"); // end is exclusive
    CHECK(nextOpen(cal, consult, local(2026, 3, 2, 7, 0)) == "2026-03-02 08:30");
    CHECK(nextOpen(cal, consult, local(2026, 3, 4, 17, 30)) == "open");  // Wednesday, extended
    CHECK(nextOpen(cal, consult, local(2026, 3, 6, 17, 30)) == "2026-03-09 08:30"); // Friday → Monday
    // New Year's Eve evening: 1/1–1/3 are off, Sunday 1/4 is a make-up workday.
    CHECK(nextOpen(cal, consult, local(2025, 12, 31, 18, 30)) == "2026-01-04 08:30");
    // Friday before the make-up Saturday 2/14.
    CHECK(nextOpen(cal, consult, local(2026, 2, 13, 17, 30)) == "2026-02-14 08:30");
    // The make-up Saturday's evening: 春节 2/15–2/23 follows.
    CHECK(nextOpen(cal, consult, local(2026, 2, 14, 17, 5)) == "2026-02-24 08:30");
    // Service hours override the hall's.
    CHECK(nextOpen(cal, *hall.service(u"pickup"), local(2026, 3, 2, 8, 45)) == "2026-03-02 09:00");
    CHECK(nextOpen(cal, *hall.service(u"pickup"), local(2026, 3, 2, 11, 30)) == "2026-03-03 09:00");
}

TEST_CASE("availability gives up after the search horizon", "[engine][calendar]")
{
    CalendarConfig c = calendar2026();
    c.hours.clear(); // a hall with no hours at all
    const WorkingCalendar cal(c);
    const auto a = cal.availability(service("x", "X"), local(2026, 3, 2, 9, 0));
    CHECK_FALSE(a.open);
    CHECK_FALSE(a.nextOpen.isValid());
}

TEST_CASE("the business day starts at the reset time in the hall's zone", "[engine][calendar]")
{
    const WorkingCalendar cal(calendar2026()); // reset 05:00 Asia/Shanghai
    CHECK(cal.businessDay(local(2026, 3, 3, 4, 59, 59)) == QDate(2026, 3, 2));
    CHECK(cal.businessDay(local(2026, 3, 3, 5, 0)) == QDate(2026, 3, 3));
    // 23:30 UTC on 3/2 is 07:30 on 3/3 in Shanghai: the zone decides, not UTC.
    CHECK(cal.businessDay(QDateTime(QDate(2026, 3, 2), QTime(23, 30), Qt::UTC)) == QDate(2026, 3, 3));
    CHECK(cal.toLocal(local(2026, 3, 3, 4, 0)).time() == QTime(4, 0));
}
