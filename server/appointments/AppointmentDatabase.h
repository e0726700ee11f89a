#pragma once

#include "appointments/ApiKey.h"
#include "appointments/Booking.h"
#include "storage/StatementCache.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hallq::appointments {

// Reads of the appointment tables on a connection of its own (the server's
// main thread, hallq-admin), and the API-key rows, which only hallq-admin
// writes. Bookings are written only through the durable writer (BookingRows).
// The database must be migrated already. Every failure throws StorageError.
class AppointmentDatabase
{
public:
    AppointmentDatabase(const QString &databasePath, const QString &connectionName);
    ~AppointmentDatabase();
    AppointmentDatabase(const AppointmentDatabase &) = delete;
    AppointmentDatabase &operator=(const AppointmentDatabase &) = delete;

    // Bookings of `fromDay` and later, plus every one still booked.
    QList<Booking> loadBookings(const QDate &first);
    qint64 lastBookingId();
    // Blanks identity and phone of bookings before `before`; how many.
    int purgeIdentities(const QDate &before);

    std::optional<ApiKey> findKeyByTokenHash(const QString &tokenHash);
    std::optional<ApiKey> findKey(const QString &keyId);
    QList<ApiKey> listKeys();
    void saveKey(const ApiKey &key); // insert or update
    bool revokeKey(const QString &keyId); // false if unknown

private:
    QString m_connectionName;
    QSqlDatabase m_db;
    storage::StatementCache m_statements;
};

} // namespace hallq::appointments
