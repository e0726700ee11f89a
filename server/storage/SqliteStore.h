#pragma once

#include "storage/Migration.h"
#include "storage/StatementCache.h"
#include "storage/Store.h"

#include <QSqlDatabase>

namespace hallq::storage {

// The SQLite Store. Opens `databasePath` as its own named QtSql connection
// (one connection per instance and thread) with journal_mode=WAL,
// synchronous=FULL (a returned commit() is on disk, also on power loss),
// foreign_keys=ON and busy_timeout=5000. Every failure throws StorageError
// with the database's error text. Schema conventions: see Migrations.cpp.
class SqliteStore : public Store
{
public:
    SqliteStore(const QString &databasePath, const QString &connectionName);
    // Test seam: migrate() runs `migrations` instead of builtinMigrations().
    SqliteStore(const QString &databasePath, const QString &connectionName, QList<Migration> migrations);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    void migrate() override;
    int schemaVersion() override;
    // Versions the last migrate() of this instance applied (empty: none ran).
    QList<int> lastMigrationsApplied() const { return m_lastApplied; }

    engine::EngineState loadState(const QDate &fromBusinessDay) override;
    void commit(const QList<engine::ChangeSet> &batch) override;
    QList<engine::Event> events(qint64 afterId, int limit) override;

    std::optional<StaffAccount> findStaff(const QString &staffId) override;
    QList<StaffAccount> listStaff() override;
    void saveStaff(const StaffAccount &account) override;
    std::optional<DeviceToken> findDeviceByTokenHash(const QString &tokenHash) override;
    QList<DeviceToken> listDevices() override;
    void saveDevice(const DeviceToken &device) override;
    bool revokeDevice(const QString &deviceId) override;

    std::optional<QString> setting(const QString &key) override;
    void setSetting(const QString &key, const QString &value) override;

    int purgeIdentities(const QDate &before) override;

    // SqliteStoreCounter.cpp
    QList<AttendanceRecord> attendance(const QDateTime &from, const QDateTime &to) override;
    QList<RatingRecord> ratings(const QDate &from, const QDate &to) override;
    QList<engine::Event> ticketEvents(qint64 ticketId) override;

private:
    void open(const QString &databasePath);
    void pragma(const QString &statement);
    qint64 scalar(const QString &sql);
    void upsertRow(const engine::RowUpsert &row);

    QString m_connectionName;
    QSqlDatabase m_db;
    StatementCache m_statements;
    QList<Migration> m_migrations;
    QList<int> m_lastApplied;
};

} // namespace hallq::storage
