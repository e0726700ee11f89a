#pragma once

#include "config/HallConfigLoader.h"
#include "sim/ScenarioLoader.h"

#include <QDir>
#include <QString>

#include <catch2/catch.hpp>

namespace hallq::sim::test {

inline QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("HALLQ_SOURCE_DIR")).absoluteFilePath(relative);
}

inline Scenario loadScenario(const QString &relative)
{
    const auto loaded = ScenarioLoader::load(sourcePath(relative));
    if (const auto *errors = std::get_if<config::ConfigErrors>(&loaded))
        FAIL(errors->toString().toStdString());
    return std::get<Scenario>(loaded);
}

inline config::LoadedHall loadHall(const Scenario &scenario)
{
    const auto loaded = config::HallConfigLoader::load(scenario.hallFile);
    if (const auto *errors = std::get_if<config::ConfigErrors>(&loaded))
        FAIL(errors->toString().toStdString());
    return std::get<config::LoadedHall>(loaded);
}

} // namespace hallq::sim::test
