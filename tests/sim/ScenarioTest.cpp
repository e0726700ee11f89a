#include "SimFixture.h"

using namespace hallq;
using namespace hallq::sim;
using namespace hallq::sim::test;
using namespace Qt::StringLiterals;

TEST_CASE("the shipped scenarios load and fit their halls", "[sim][scenario]")
{
    const auto file = GENERATE(as<QString>{}, u"resources/scenarios/quiet-county-day.json"_s,
                               u"resources/scenarios/busy-county-day.json"_s, u"resources/scenarios/city-day.json"_s,
                               u"tests/sim/small-lunch-day.json"_s);
    INFO(file.toStdString());
    const Scenario s = loadScenario(file);
    const auto hall = loadHall(s);
    CHECK(ScenarioLoader::check(s, hall.config).isEmpty());
    CHECK_FALSE(s.staffing.isEmpty());
    CHECK(s.ticketsPerDay > 0);
    CHECK(s.arrivalCurve.size() >= 2);
}

TEST_CASE("the shipped scenarios have the sizes the issue asks for", "[sim][scenario]")
{
    const Scenario busy = loadScenario(u"resources/scenarios/busy-county-day.json"_s);
    CHECK(busy.ticketsPerDay == 1500);
    CHECK(loadHall(busy).config.windows.size() == 20);
    const Scenario city = loadScenario(u"resources/scenarios/city-day.json"_s);
    CHECK(city.ticketsPerDay == 20000);
    CHECK(loadHall(city).config.windows.size() == 200);
}

TEST_CASE("a broken scenario names every problem by its path", "[sim][scenario]")
{
    const QByteArray json = R"({
        "name": "broken", "hall": "x.json", "date": "2026-13-01", "ticketsPerDay": -5,
        "arrivalCurve": [["09:00", 1], ["08:00", 1]],
        "services": [{"id": "consult", "share": "lots"}],
        "greenShare": 2, "transferShare": 0.1,
        "staffing": [{"windows": "5-1", "hours": ["08:30-12:00"]}],
        "colour": "blue"
    })";
    const auto result = ScenarioLoader::loadFromJson(json, u"broken.json"_s, u"/tmp"_s);
    const auto *errors = std::get_if<config::ConfigErrors>(&result);
    REQUIRE(errors);
    const QString text = errors->toString();
    INFO(text.toStdString());
    for (const char *path : {"date", "ticketsPerDay", "arrivalCurve[1]", "services[0].share", "greenShare",
                             "transferTo", "staffing[0].windows", "colour"})
        CHECK(text.contains(QString::fromUtf8(path)));
}

TEST_CASE("a scenario that names services or windows its hall lacks is refused", "[sim][scenario]")
{
    Scenario s = loadScenario(u"tests/sim/small-lunch-day.json"_s);
    const auto hall = loadHall(s);
    s.services.append({u"nope"_s, 0.1, 60, 0.5});
    s.staffing.append({{99}, {{QTime(9, 0), QTime(10, 0)}}});
    const QString text = ScenarioLoader::check(s, hall.config).toString();
    CHECK(text.contains(u"nope"_s));
    CHECK(text.contains(u"window 99"_s));
}
