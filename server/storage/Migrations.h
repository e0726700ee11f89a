#pragma once

#include "storage/Migration.h"

#include <QList>

namespace hallq::storage {

// Every schema migration this build knows, in version order.
QList<Migration> builtinMigrations();

} // namespace hallq::storage
