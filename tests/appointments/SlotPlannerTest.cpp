// The slot grid across the 2026 calendar: workdays, extended hours,
// holidays, make-up workdays (调休) and holiday appointment sessions.

#include "BookFixture.h"

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

QStringList times(const appointments::SlotPlanner &planner, const QList<appointments::Slot> &grid)
{
    QStringList out;
    for (const auto &slot : grid)
        out.append(planner.localTime(slot.start));
    return out;
}

} // namespace

TEST_CASE("a workday is cut into slots from each session's start", "[appointments][slots]")
{
    BookFixture f;
    const auto &planner = f.book->planner();
    const auto monday = planner.daySlots(u"accept"_s, QDate(2026, 3, 2));
    // 08:30-12:00 gives 7 slots, 14:00-17:00 gives 6.
    CHECK(times(planner, monday) == QStringList{u"08:30"_s, u"09:00"_s, u"09:30"_s, u"10:00"_s, u"10:30"_s, u"11:00"_s,
                                                u"11:30"_s, u"14:00"_s, u"14:30"_s, u"15:00"_s, u"15:30"_s, u"16:00"_s,
                                                u"16:30"_s});
    CHECK(monday.first().capacity == 2);
    CHECK(monday.first().end == monday.first().start.addSecs(1800));
    // Tuesday's extended hours (to 18:00) add two afternoon slots.
    const auto tuesday = times(planner, planner.daySlots(u"accept"_s, QDate(2026, 3, 3)));
    CHECK(tuesday.size() == 15);
    CHECK(tuesday.last() == u"17:30"_s);
}

TEST_CASE("a partial last slot is dropped and the length is per service", "[appointments][slots]")
{
    BookFixture f;
    f.hall.extras.appointments.services.insert(u"enterprise"_s, {45, 1});
    f.rebuild();
    const auto &planner = f.book->planner();
    // 08:30-12:00 is 210 minutes: four 45-minute slots and 30 minutes left over.
    const auto grid = times(planner, planner.daySlots(u"enterprise"_s, QDate(2026, 3, 2)));
    CHECK(grid.mid(0, 5) == QStringList{u"08:30"_s, u"09:15"_s, u"10:00"_s, u"10:45"_s, u"14:00"_s});
    CHECK(planner.daySlots(u"enterprise"_s, QDate(2026, 3, 2)).first().capacity == 1);
    CHECK(planner.daySlots(u"accept"_s, QDate(2026, 3, 2)).first().capacity == 2);
}

TEST_CASE("holidays have no slots and make-up workdays do", "[appointments][slots]")
{
    BookFixture f;
    const auto &planner = f.book->planner();
    CHECK(planner.daySlots(u"accept"_s, QDate(2026, 10, 1)).isEmpty());  // 国庆, a Thursday
    CHECK(planner.daySlots(u"accept"_s, QDate(2026, 2, 16)).isEmpty());  // 春节, a Monday
    CHECK(planner.daySlots(u"accept"_s, QDate(2026, 3, 7)).isEmpty());   // an ordinary Saturday
    CHECK(planner.daySlots(u"accept"_s, QDate(2026, 2, 14)).size() == 13); // Saturday, 调休 workday
    CHECK(planner.daySlots(u"accept"_s, QDate(2026, 10, 10)).size() == 13); // Saturday, 调休 workday
    CHECK(planner.daySlots(u"consult"_s, QDate(2026, 3, 2)).isEmpty());   // takes no appointments
    CHECK(planner.daySlots(u"nosuch"_s, QDate(2026, 3, 2)).isEmpty());
}

TEST_CASE("holiday sessions open slots on a day off for the services they list", "[appointments][slots]")
{
    BookFixture f;
    engine::TimeRange morning{QTime(9, 0), QTime(11, 30)};
    f.hall.extras.appointments.holidaySessions.append({QDate(2026, 10, 3), {morning}, {u"accept"_s}});
    f.rebuild();
    const auto &planner = f.book->planner();
    CHECK(times(planner, planner.daySlots(u"accept"_s, QDate(2026, 10, 3)))
          == QStringList{u"09:00"_s, u"09:30"_s, u"10:00"_s, u"10:30"_s, u"11:00"_s});
    CHECK(planner.daySlots(u"enterprise"_s, QDate(2026, 10, 3)).isEmpty()); // not listed
    CHECK(planner.daySlots(u"accept"_s, QDate(2026, 10, 4)).isEmpty());     // another holiday
    CHECK(planner.slotStartingAt(u"accept"_s, local(2026, 10, 3, 9, 30)).has_value());
    CHECK_FALSE(planner.slotStartingAt(u"accept"_s, local(2026, 10, 3, 9, 40)).has_value());
}

TEST_CASE("the booking horizon counts working days, skipping holidays", "[appointments][slots]")
{
    BookFixture f;
    f.hall.extras.appointments.maxWorkdaysAhead = 3;
    f.rebuild();
    const auto &planner = f.book->planner();
    // After 30 September: 1-7 October are 国庆; 8, 9 and 10 (a 调休 Saturday) are working days.
    CHECK(planner.lastBookableDay(QDate(2026, 9, 30)) == QDate(2026, 10, 10));
    // After a Friday: Monday, Tuesday, Wednesday.
    CHECK(planner.lastBookableDay(QDate(2026, 3, 6)) == QDate(2026, 3, 11));
}
