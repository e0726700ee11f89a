#include "storage/SqliteStore.h"

#include "storage/AccountRows.h"
#include "storage/CounterRows.h"
#include "storage/Migrations.h"
#include "storage/Migrator.h"
#include "storage/QueueRows.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/StorageLog.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace hallq::storage {

using namespace hallq::engine;

namespace {

// Runs a prepared SELECT and maps every row; finish() releases the read
// snapshot at once so a cached statement never pins the WAL.
template <class Read>
auto collect(QSqlQuery &q, Read read) -> QList<decltype(read(q))>
{
    StatementCache::exec(q);
    QList<decltype(read(q))> rows;
    while (q.next())
        rows << read(q);
    q.finish();
    return rows;
}

template <class Read>
auto first(QSqlQuery &q, Read read) -> std::optional<decltype(read(q))>
{
    auto rows = collect(q, read);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

// SELECT <every column of table> <rest>, prepared once.
QSqlQuery &select(StatementCache &statements, const TableSpec &table, const QString &rest)
{
    return statements.prepared(table.selectSql() + u' ' + rest);
}

template <class Record>
void upsert(StatementCache &statements, const TableSpec &table, const Record &record,
            void (*bind)(QSqlQuery &, const Record &))
{
    QSqlQuery &q = statements.prepared(table.upsertSql());
    bind(q, record);
    StatementCache::exec(q);
}

const TableSpec &settingTable()
{
    static const TableSpec spec{u"settings"_s, {u"key"_s, u"value"_s}, {u"key"_s}};
    return spec;
}

// Names of the terminal ticket states. loadState keeps every ticket NOT in
// this list, so a state added later is loaded unless declared terminal.
QStringList terminalStateNames()
{
    const TicketState all[] = {TicketState::Waiting, TicketState::Called,   TicketState::Serving,
                               TicketState::Finished, TicketState::NoShow, TicketState::Parked,
                               TicketState::Cancelled};
    QStringList names;
    for (TicketState s : all) {
        if (isTerminal(s))
            names << toString(s);
    }
    return names;
}

} // namespace

SqliteStore::SqliteStore(const QString &databasePath, const QString &connectionName)
    : SqliteStore(databasePath, connectionName, builtinMigrations())
{
}

SqliteStore::SqliteStore(const QString &databasePath, const QString &connectionName, QList<Migration> migrations)
    : m_connectionName(connectionName), m_statements(m_db), m_migrations(std::move(migrations))
{
    if (QSqlDatabase::contains(connectionName))
        throw StorageError(u"the database connection name '%1' is already in use"_s.arg(connectionName));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    try {
        open(databasePath);
    } catch (...) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

SqliteStore::~SqliteStore()
{
    // Every handle on the connection must be gone before removeDatabase.
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteStore::open(const QString &databasePath)
{
    if (!m_db.isValid())
        throw StorageError(u"the QSQLITE driver is not available (package libqt6sql6-sqlite)"_s);
    const QDir dir = QFileInfo(databasePath).absoluteDir();
    if (!dir.exists())
        throw StorageError(u"cannot open database '%1': directory '%2' does not exist"_s.arg(databasePath,
                                                                                              dir.path()));
    m_db.setDatabaseName(databasePath);
    if (!m_db.open())
        throw StorageError(u"cannot open database '%1': %2"_s.arg(databasePath, m_db.lastError().text()));

    pragma(u"PRAGMA busy_timeout = 5000"_s);
    QSqlQuery mode = m_statements.execDirect(u"PRAGMA journal_mode = WAL"_s);
    const QString journalMode = mode.next() ? mode.value(0).toString() : QString();
    if (journalMode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "database" << databasePath << "is not in WAL mode but" << journalMode;
    pragma(u"PRAGMA synchronous = FULL"_s);
    pragma(u"PRAGMA foreign_keys = ON"_s);
}

void SqliteStore::pragma(const QString &statement)
{
    m_statements.execDirect(statement);
}

qint64 SqliteStore::scalar(const QString &sql)
{
    QSqlQuery &q = m_statements.prepared(sql);
    StatementCache::exec(q);
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

// ---- schema ------------------------------------------------------------------

void SqliteStore::migrate()
{
    Migrator migrator(m_db, m_statements);
    m_lastApplied = migrator.run(m_migrations);
}

int SqliteStore::schemaVersion()
{
    return Migrator(m_db, m_statements).currentVersion();
}

// ---- queue state -------------------------------------------------------------

EngineState SqliteStore::loadState(const QDate &fromBusinessDay)
{
    Transaction snapshot(m_db); // one consistent view of every table
    EngineState state;

    const QStringList terminal = terminalStateNames();
    QStringList placeholders;
    for (qsizetype i = 0; i < terminal.size(); ++i)
        placeholders << u":t%1"_s.arg(i);
    QSqlQuery &tickets = select(m_statements, rows::ticketTable(),
                                u"WHERE business_day >= :day OR state NOT IN (%1) ORDER BY id"_s
                                    .arg(placeholders.join(u", ")));
    tickets.bindValue(u":day"_s, sql::fromDay(fromBusinessDay));
    for (qsizetype i = 0; i < terminal.size(); ++i)
        tickets.bindValue(placeholders[i], terminal[i]);
    state.tickets = collect(tickets, rows::readTicket);

    state.windows = collect(select(m_statements, rows::windowTable(), u"ORDER BY number"_s), rows::readWindow);

    QSqlQuery &sequences = select(m_statements, rows::sequenceTable(),
                                  u"WHERE business_day >= :day ORDER BY business_day, service_id"_s);
    sequences.bindValue(u":day"_s, sql::fromDay(fromBusinessDay));
    state.sequences = collect(sequences, rows::readSequence);

    state.lastTicketId = scalar(u"SELECT COALESCE(MAX(id), 0) FROM tickets"_s);
    state.lastEventId = scalar(u"SELECT COALESCE(MAX(id), 0) FROM events"_s);
    // issue_order is an order handed out too; both count for the high-water mark.
    state.lastOrder = std::max(scalar(u"SELECT COALESCE(MAX(queue_order), 0) FROM tickets"_s),
                               scalar(u"SELECT COALESCE(MAX(issue_order), 0) FROM tickets"_s));
    snapshot.commit();
    return state;
}

void SqliteStore::commit(const QList<ChangeSet> &batch)
{
    try {
        Transaction tx(m_db);
        QSqlQuery &insertEvent = m_statements.prepared(rows::eventTable().insertSql());
        QSqlQuery &upsertTicket = m_statements.prepared(rows::ticketTable().upsertSql());
        QSqlQuery &upsertWindow = m_statements.prepared(rows::windowTable().upsertSql());
        QSqlQuery &upsertSequence = m_statements.prepared(rows::sequenceTable().upsertSql());
        for (const ChangeSet &changes : batch) {
            for (const Event &e : changes.events) {
                rows::bindEvent(insertEvent, e);
                StatementCache::exec(insertEvent);
            }
            for (const Ticket &t : changes.tickets) {
                rows::bindTicket(upsertTicket, t);
                StatementCache::exec(upsertTicket);
            }
            for (const WindowStatus &w : changes.windows) {
                rows::bindWindow(upsertWindow, w);
                StatementCache::exec(upsertWindow);
            }
            for (const SequenceCounter &s : changes.sequences) {
                rows::bindSequence(upsertSequence, s);
                StatementCache::exec(upsertSequence);
            }
            for (const RowUpsert &row : changes.rows)
                upsertRow(row);
            rows::writeCounterRows(m_statements, changes);
        }
        tx.commit();
    } catch (const StorageError &e) {
        throw StorageError(u"commit of %1 change set(s) rolled back, nothing written: %2"_s.arg(batch.size())
                               .arg(e.message()));
    }
}

void SqliteStore::upsertRow(const RowUpsert &row)
{
    if (row.columns.size() != row.values.size() || row.keyColumns < 1 || row.keyColumns > row.columns.size())
        throw StorageError(u"a row for %1 has %2 columns, %3 values and %4 key columns"_s.arg(row.table)
                               .arg(row.columns.size()).arg(row.values.size()).arg(row.keyColumns));
    const TableSpec spec{row.table, row.columns, row.columns.first(row.keyColumns)};
    QSqlQuery &q = m_statements.prepared(spec.upsertSql()); // one statement per table shape, cached
    for (qsizetype i = 0; i < row.columns.size(); ++i)
        q.bindValue(u':' + row.columns[i], row.values[i]);
    StatementCache::exec(q);
}

QList<Event> SqliteStore::events(qint64 afterId, int limit)
{
    QSqlQuery &q = select(m_statements, rows::eventTable(), u"WHERE id > :after ORDER BY id LIMIT :limit"_s);
    q.bindValue(u":after"_s, afterId);
    q.bindValue(u":limit"_s, limit);
    return collect(q, rows::readEvent);
}

// ---- accounts and devices ------------------------------------------------------

std::optional<StaffAccount> SqliteStore::findStaff(const QString &staffId)
{
    QSqlQuery &q = select(m_statements, rows::staffTable(), u"WHERE staff_id = :staff_id"_s);
    q.bindValue(u":staff_id"_s, staffId);
    return first(q, rows::readStaff);
}

QList<StaffAccount> SqliteStore::listStaff()
{
    return collect(select(m_statements, rows::staffTable(), u"ORDER BY staff_id"_s), rows::readStaff);
}

void SqliteStore::saveStaff(const StaffAccount &account)
{
    if (account.staffId.isEmpty())
        throw StorageError(u"a staff account needs a staff id"_s);
    upsert(m_statements, rows::staffTable(), account, rows::bindStaff);
}

std::optional<DeviceToken> SqliteStore::findDeviceByTokenHash(const QString &tokenHash)
{
    QSqlQuery &q = select(m_statements, rows::deviceTable(), u"WHERE token_hash = :token_hash"_s);
    q.bindValue(u":token_hash"_s, tokenHash);
    return first(q, rows::readDevice);
}

QList<DeviceToken> SqliteStore::listDevices()
{
    return collect(select(m_statements, rows::deviceTable(), u"ORDER BY device_id"_s), rows::readDevice);
}

void SqliteStore::saveDevice(const DeviceToken &device)
{
    if (device.deviceId.isEmpty() || device.tokenHash.isEmpty())
        throw StorageError(u"a device needs a device id and a token hash"_s);
    upsert(m_statements, rows::deviceTable(), device, rows::bindDevice);
}

bool SqliteStore::revokeDevice(const QString &deviceId)
{
    QSqlQuery &q = m_statements.prepared(u"UPDATE devices SET revoked = :revoked WHERE device_id = :device_id"_s);
    q.bindValue(u":revoked"_s, true);
    q.bindValue(u":device_id"_s, deviceId);
    StatementCache::exec(q);
    return q.numRowsAffected() > 0;
}

// ---- settings ------------------------------------------------------------------

std::optional<QString> SqliteStore::setting(const QString &key)
{
    QSqlQuery &q = m_statements.prepared(u"SELECT value FROM settings WHERE key = :key"_s);
    q.bindValue(u":key"_s, key);
    return first(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

void SqliteStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery &q = m_statements.prepared(settingTable().upsertSql());
    q.bindValue(u":key"_s, key);
    q.bindValue(u":value"_s, sql::text(value));
    StatementCache::exec(q);
}

// ---- retention -----------------------------------------------------------------

int SqliteStore::purgeIdentities(const QDate &before)
{
    if (!before.isValid())
        throw StorageError(u"purgeIdentities needs a valid date"_s);
    QSqlQuery &q = m_statements.prepared(
        uR"(UPDATE tickets SET identity_hash = NULL, identity_masked = NULL
            WHERE business_day < :day AND (identity_hash IS NOT NULL OR identity_masked IS NOT NULL))"_s);
    q.bindValue(u":day"_s, sql::fromDay(before));
    StatementCache::exec(q);
    const int purged = q.numRowsAffected();
    qCInfo(lcStorage) << "purged identities of" << purged << "ticket(s) before" << before;
    return purged;
}

} // namespace hallq::storage
