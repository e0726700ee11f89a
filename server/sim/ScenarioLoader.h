#pragma once

#include "config/ConfigErrors.h"
#include "sim/Scenario.h"

#include <variant>

namespace hallq::sim {

// Reads and checks a scenario file; every problem is reported with its JSON
// path, as the hall loader does. Services and windows are checked against the
// hall the scenario names.
class ScenarioLoader
{
public:
    using Result = std::variant<Scenario, config::ConfigErrors>;
    static Result load(const QString &path);
    static Result loadFromJson(const QByteArray &json, const QString &fileLabel, const QString &baseDir = {});
    // Cross-checks against the hall (service ids, window numbers); empty when consistent.
    static config::ConfigErrors check(const Scenario &scenario, const engine::HallConfig &hall);
};

} // namespace hallq::sim
