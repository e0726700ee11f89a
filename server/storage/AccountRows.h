#pragma once

#include "storage/DeviceToken.h"
#include "storage/StaffAccount.h"
#include "storage/TableSpec.h"

#include <QSqlQuery>

// Mapping of staff accounts and device tokens to their rows.
namespace hallq::storage::rows {

const TableSpec &staffTable();
void bindStaff(QSqlQuery &q, const StaffAccount &a);
StaffAccount readStaff(const QSqlQuery &q);

const TableSpec &deviceTable();
void bindDevice(QSqlQuery &q, const DeviceToken &d);
DeviceToken readDevice(const QSqlQuery &q);

} // namespace hallq::storage::rows
