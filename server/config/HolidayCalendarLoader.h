#pragma once

#include "config/CalendarYear.h"
#include "config/ConfigErrors.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace hallq::config {

// Reads one yearly calendar file (resources/calendars/cn-<year>.json).
// Returns nullopt when the file has any problem; the problems are added to
// `errors`, each naming `fileLabel` and the entry.
class HolidayCalendarLoader
{
public:
    static std::optional<CalendarYear> load(const QString &path, const QString &fileLabel, ConfigErrors &errors);
    static std::optional<CalendarYear> loadFromJson(const QByteArray &json, const QString &fileLabel,
                                                    ConfigErrors &errors);

    // Longer than any statutory holiday: a longer span is a typing error.
    static constexpr int kMaxHolidayDays = 15;
};

} // namespace hallq::config
