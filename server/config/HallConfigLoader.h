#pragma once

#include "config/ConfigErrors.h"
#include "config/LoadedHall.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace hallq::config {

// Loads and validates a hall file (resources/halls/*.json) and the calendar
// files it lists. Either everything is valid and a LoadedHall comes back, or
// every problem found comes back, each naming its file and JSON path.
class HallConfigLoader
{
public:
    using Result = std::variant<LoadedHall, ConfigErrors>;

    static Result load(const QString &path);
    // `fileLabel` names the source in errors; relative calendar paths resolve
    // against `baseDir`, by default the folder of `fileLabel`.
    static Result loadFromJson(const QByteArray &json, const QString &fileLabel, const QString &baseDir = {});
};

} // namespace hallq::config
