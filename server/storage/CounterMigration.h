#pragma once

#include "storage/Migration.h"

namespace hallq::storage {

// The counter's tables: attendance (考勤) and ratings (好差评).
Migration counterMigration();

} // namespace hallq::storage
