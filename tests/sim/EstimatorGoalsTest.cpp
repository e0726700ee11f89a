// Issue #8's goals for the wait estimate, on a small seeded day: the forward
// estimate against the naive formula on the same tickets (docs/benchmarks.md
// has the full figures on the shipped scenarios).
#include "SimFixture.h"

#include "sim/SimulationRun.h"

using namespace hallq;
using namespace hallq::sim;
using namespace hallq::sim::test;
using namespace Qt::StringLiterals;

TEST_CASE("estimator goals: lunch drop and constant staffing", "[sim][estimator]")
{
    const Scenario s = loadScenario(u"tests/sim/small-lunch-day.json"_s);
    const auto hall = loadHall(s);

    SECTION("a day with a lunch drop: MAE at most 0.65 of naive, late promises at most half")
    {
        const auto run = SimulationRun::run(s, hall, {});
        const EstimateEvaluation &e = run.all;
        INFO("MAE " << e.maeSeconds << " s vs naive " << e.naiveMaeSeconds << " s; late " << e.lateShare
                    << " vs " << e.naiveLateShare << " on " << e.compared << " tickets");
        REQUIRE(e.compared > 1000);
        CHECK(e.maeSeconds <= 0.65 * e.naiveMaeSeconds);
        CHECK(e.lateShare <= 0.5 * e.naiveLateShare);
        CHECK(run.learned.maeSeconds <= 0.65 * run.learned.naiveMaeSeconds);
    }
    SECTION("constant staffing: never worse than naive")
    {
        SimulationRun::Options options;
        options.constantStaffing = true;
        const auto run = SimulationRun::run(s, hall, options);
        const EstimateEvaluation &e = run.all;
        INFO("MAE " << e.maeSeconds << " s vs naive " << e.naiveMaeSeconds << " s; late " << e.lateShare
                    << " vs " << e.naiveLateShare);
        REQUIRE(e.compared > 1000);
        CHECK(e.maeSeconds <= e.naiveMaeSeconds);
        CHECK(e.lateShare <= e.naiveLateShare);
    }
}
