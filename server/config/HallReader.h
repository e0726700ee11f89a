#pragma once

#include "config/ConfigErrors.h"
#include "config/JsonFields.h"
#include "config/LoadedHall.h"

namespace hallq::config {

// Fills a LoadedHall from a parsed hall file, section by section, adding every
// problem to `errors`. Relative calendar paths resolve against `baseDir`.
class HallReader
{
public:
    HallReader(const QString &fileLabel, const QString &baseDir, ConfigErrors &errors);

    void read(const QJsonObject &root);
    const LoadedHall &hall() const { return m_hall; }

private:
    void readTimeZone(JsonFields &root);
    void readCalendar(JsonFields &calendar);
    void readExtendedHours(JsonFields &calendar);
    void readCalendarFiles(JsonFields &calendar);
    void checkNumberReset(JsonFields &calendar);
    void readRules(JsonFields &rules);
    void readGreenChannel(JsonFields &green);
    void readKiosk(JsonFields &kiosk);
    void readAlerts(JsonFields &alerts);
    void readAlertLimits(JsonFields &alerts); // window, handling and check-interval limits
    // Reads the object at `key` (if present, or if required) with `read`.
    void section(JsonFields &parent, QLatin1StringView key, bool required,
                 void (HallReader::*read)(JsonFields &));

    QString m_file;
    QString m_baseDir;
    ConfigErrors &m_errors;
    LoadedHall m_hall;
};

} // namespace hallq::config
