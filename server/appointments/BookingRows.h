#pragma once

#include "appointments/Booking.h"
#include "engine/RowUpsert.h"

#include <QSqlQuery>
#include <QStringList>

namespace hallq::appointments::rows {

// The `appointments` table (storage/AppointmentMigration.cpp): its columns
// once, a booking as a row for the durable writer, and back.
const QStringList &bookingColumns();
engine::RowUpsert toRow(const Booking &b);
Booking readBooking(const QSqlQuery &q); // columns in bookingColumns() order

} // namespace hallq::appointments::rows
