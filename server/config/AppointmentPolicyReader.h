#pragma once

#include "config/JsonFields.h"
#include "config/LoadedHall.h"

namespace hallq::config {

// Reads and checks the hall file's `appointments` section into
// LoadedHall::extras.appointments. Runs after the calendar and the service
// catalogue, which it checks against: overrides and holiday sessions name
// services that take appointments, and a holiday session falls on a day off.
class AppointmentPolicyReader
{
public:
    AppointmentPolicyReader(JsonFields &section, LoadedHall &hall) : m_section(section), m_hall(hall) {}
    void read();

private:
    void readNoShow();
    void readApi();
    void readServices();
    void readHolidaySessions();
    // True when `serviceId` exists and takes appointments; reports otherwise.
    bool checkBookable(JsonFields &fields, QAnyStringView key, const QString &serviceId);

    JsonFields &m_section;
    LoadedHall &m_hall;
};

} // namespace hallq::config
