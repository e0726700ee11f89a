#include "SimFixture.h"

#include "sim/SimulationRun.h"

using namespace hallq;
using namespace hallq::sim;
using namespace hallq::sim::test;
using namespace Qt::StringLiterals;

namespace {

QString csvOf(const SimulationRun::Summary &summary)
{
    QString csv;
    for (const auto &day : summary.days)
        csv += day.csvRows();
    return csv;
}

} // namespace

TEST_CASE("a seed gives the same day every time and another seed another day", "[sim]")
{
    const Scenario s = loadScenario(u"resources/scenarios/quiet-county-day.json"_s);
    const auto hall = loadHall(s);
    SimulationRun::Options options;
    options.days = 1;
    const QString first = csvOf(SimulationRun::run(s, hall, options));
    const QString again = csvOf(SimulationRun::run(s, hall, options));
    CHECK(first == again);
    options.seed = 99;
    const QString other = csvOf(SimulationRun::run(s, hall, options));
    CHECK(other != first);
}

TEST_CASE("a simulated day accounts for every ticket and every window", "[sim]")
{
    const Scenario s = loadScenario(u"tests/sim/small-lunch-day.json"_s);
    const auto hall = loadHall(s);
    SimulationRun::Options options;
    options.days = 1;
    const auto summary = SimulationRun::run(s, hall, options);
    REQUIRE(summary.days.size() == 1);
    const DayReport &day = summary.days.first();
    REQUIRE(day.rows.last().service == u"all"_s);
    const DayReport::Row &all = day.rows.last();
    // Arrivals follow the scenario (Poisson around 650; the kiosk refuses some outside hours).
    CHECK(all.issued + all.turnedAway > 550);
    CHECK(all.issued + all.turnedAway < 750);
    CHECK(all.turnedAway > 0); // consult does not issue during lunch
    // Drained at closing: every ticket was called, then served, missed or given up.
    CHECK(all.unserved == 0);
    CHECK(all.served + all.noShow + all.abandoned == all.issued);
    CHECK(all.noShow > 0);
    int issued = 0;
    for (const auto &row : day.rows)
        if (row.service != u"all"_s)
            issued += row.issued;
    CHECK(issued == all.issued);
    CHECK(all.wait.count == all.issued);
    CHECK(all.wait.p50 <= all.wait.p90);
    CHECK(all.wait.p90 <= all.wait.max);
    CHECK(all.handling.mean > 60);
    CHECK(day.windowsStaffed == 12);
    CHECK(day.utilisation > 0.2);
    CHECK(day.utilisation < 1.0);
    CHECK(day.longest.size() == 5);
    CHECK(day.longest.first().minutes >= day.longest.last().minutes);
    CHECK(day.longest.first().minutes * 60 == Approx(all.wait.max).margin(1));
    // Every ticket printed an estimate and the naive formula had one when a window was open.
    CHECK(all.estimates.withEstimate == all.issued);
    CHECK(all.estimates.compared > all.issued * 9 / 10);

    const QString csv = DayReport::csvHeader() + day.csvRows();
    const QStringList lines = csv.trimmed().split(u'\n');
    CHECK(lines.size() == day.rows.size() + 1);
    for (const QString &line : lines)
        CHECK(line.count(u',') == lines.first().count(u','));
    CHECK(csv.contains(u"\n2026-03-04,all,%1,"_s.arg(all.issued)));
    CHECK(day.table().contains(u"Longest waits"_s));
}

TEST_CASE("constant staffing keeps every window's first and last hour and drops the breaks", "[sim]")
{
    const Scenario s = loadScenario(u"tests/sim/small-lunch-day.json"_s);
    const Scenario c = SimulationRun::withConstantStaffing(s);
    REQUIRE(c.staffing.size() == s.staffing.size());
    CHECK(c.staffing[0].hours.size() == 1);
    CHECK(c.staffing[0].hours[0].start == QTime(8, 30));
    CHECK(c.staffing[0].hours[0].end == QTime(17, 0));
    CHECK(c.pausesPerWindowHour == 0);
}
