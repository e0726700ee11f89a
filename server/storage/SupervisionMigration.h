#pragma once

#include "storage/Migration.h"

namespace hallq::storage {

// The alerts table (红黄牌 history), kept in its own file and spliced into
// builtinMigrations() with one line. Never edit it once shipped.
Migration supervisionMigration();

} // namespace hallq::storage
