#pragma once

#include "engine/ChangeSet.h"
#include "engine/EngineState.h"
#include "storage/AttendanceRecord.h"
#include "storage/DeviceToken.h"
#include "storage/RatingRecord.h"
#include "storage/StaffAccount.h"

#include <QDate>
#include <QList>
#include <optional>

namespace hallq::storage {

// The durable store behind one interface (SQLite now, PostgreSQL later).
// One instance belongs to one thread. Every method throws StorageError on failure.
class Store
{
public:
    virtual ~Store() = default;

    // Runs the numbered migrations that have not run yet, each in a transaction.
    virtual void migrate() = 0;
    virtual int schemaVersion() = 0;

    // ---- queue state ------------------------------------------------------
    // Every non-terminal ticket, every ticket of `fromBusinessDay` or later,
    // every window row, the sequence counters from that day on, and the
    // id/order high-water marks.
    virtual engine::EngineState loadState(const QDate &fromBusinessDay) = 0;
    // Writes all change sets in ONE transaction (group commit): events are
    // appended to the journal, tickets/windows/sequences are upserted.
    virtual void commit(const QList<engine::ChangeSet> &batch) = 0;
    virtual QList<engine::Event> events(qint64 afterId, int limit) = 0;

    // ---- accounts and devices --------------------------------------------
    virtual std::optional<StaffAccount> findStaff(const QString &staffId) = 0;
    virtual QList<StaffAccount> listStaff() = 0;
    virtual void saveStaff(const StaffAccount &account) = 0; // insert or update
    virtual std::optional<DeviceToken> findDeviceByTokenHash(const QString &tokenHash) = 0;
    virtual QList<DeviceToken> listDevices() = 0;
    virtual void saveDevice(const DeviceToken &device) = 0;   // insert or update
    virtual bool revokeDevice(const QString &deviceId) = 0;   // false if unknown

    // ---- small key/value settings (hall config JSON, schema facts) --------
    virtual std::optional<QString> setting(const QString &key) = 0;
    virtual void setSetting(const QString &key, const QString &value) = 0;

    // ---- retention (personal data) ----------------------------------------
    // Blanks identity_hash and identity_masked of every ticket whose business
    // day is before `before`; returns how many tickets were purged.
    virtual int purgeIdentities(const QDate &before) = 0;

    // ---- counter records (written by commit(), see CounterRows) -----------
    // Not pure: a store (or a test decorator) without them throws StorageError.
    // Stints that began in [from, to), by log-in time.
    virtual QList<AttendanceRecord> attendance(const QDateTime &from, const QDateTime &to);
    // Ratings of business days from..to inclusive, in the order given.
    virtual QList<RatingRecord> ratings(const QDate &from, const QDate &to);
    // The journal of one ticket, oldest first.
    virtual QList<engine::Event> ticketEvents(qint64 ticketId);
};

} // namespace hallq::storage
