#pragma once

#include "engine/HallConfig.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

namespace hallq::config {

// The strict text forms used in configuration files. Strict because a
// lenient parser would read "8:3" or "2026-2-30" as something nobody meant.
class TimeText
{
public:
    static std::optional<QTime> parseTime(QStringView text);              // "08:30"
    static std::optional<engine::TimeRange> parseRange(QStringView text); // "08:30-12:00"
    static std::optional<QDate> parseDate(QStringView text);              // "2026-10-01"
    static QString formatTime(QTime time);                                // "08:30"
};

} // namespace hallq::config
