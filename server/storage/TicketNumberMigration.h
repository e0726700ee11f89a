#pragma once

#include "storage/Migration.h"

namespace hallq::storage {

// A ticket number is unique per business day, not per (service, sequence):
// a transferred ticket keeps its number (A005) but moves to the target
// service, where H005 may already exist. Migration 1's constraint made such a
// transfer fail the commit and stop the server; this one rebuilds the table
// with UNIQUE (business_day, number). Never edit it once shipped.
Migration ticketNumberMigration();

} // namespace hallq::storage
