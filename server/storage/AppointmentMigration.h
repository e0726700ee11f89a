#pragma once

#include "storage/Migration.h"

namespace hallq::storage {

// The appointments (预约) tables: bookings and the API keys of the outside
// systems that make them (server/appointments).
Migration appointmentMigration();

} // namespace hallq::storage
