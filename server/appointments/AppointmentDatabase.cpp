#include "appointments/AppointmentDatabase.h"

#include "appointments/BookingRows.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/TableSpec.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace hallq::appointments {

using storage::StatementCache;
using storage::StorageError;
using namespace storage::sql;

namespace {

const storage::TableSpec &keyTable()
{
    static const storage::TableSpec spec{
        u"api_keys"_s, {u"key_id"_s, u"name"_s, u"token_hash"_s, u"scopes"_s, u"revoked"_s, u"created_at"_s},
        {u"key_id"_s}};
    return spec;
}

ApiKey readKey(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString().split(u' ', Qt::SkipEmptyParts), q.value(4).toBool(), toInstant(q.value(5))};
}

template <class Read>
auto collect(QSqlQuery &q, Read read) -> QList<decltype(read(q))>
{
    StatementCache::exec(q);
    QList<decltype(read(q))> rows;
    while (q.next())
        rows << read(q);
    q.finish(); // never pin a read snapshot of the WAL
    return rows;
}

} // namespace

AppointmentDatabase::AppointmentDatabase(const QString &databasePath, const QString &connectionName)
    : m_connectionName(connectionName), m_statements(m_db)
{
    if (QSqlDatabase::contains(connectionName))
        throw StorageError(u"the database connection name '%1' is already in use"_s.arg(connectionName));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    m_db.setDatabaseName(databasePath);
    if (!m_db.open()) {
        const QString error = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw StorageError(u"cannot open database '%1': %2"_s.arg(databasePath, error));
    }
    m_statements.execDirect(u"PRAGMA busy_timeout = 5000"_s);
    m_statements.execDirect(u"PRAGMA synchronous = FULL"_s); // key changes from hallq-admin are durable
}

AppointmentDatabase::~AppointmentDatabase()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QList<Booking> AppointmentDatabase::loadBookings(const QDate &first)
{
    QSqlQuery &q = m_statements.prepared(
        u"SELECT %1 FROM appointments WHERE business_day >= :day OR state = 'booked' ORDER BY id"_s.arg(
            rows::bookingColumns().join(u", ")));
    q.bindValue(u":day"_s, fromDay(first));
    return collect(q, rows::readBooking);
}

qint64 AppointmentDatabase::lastBookingId()
{
    QSqlQuery &q = m_statements.prepared(u"SELECT COALESCE(MAX(id), 0) FROM appointments"_s);
    const auto ids = collect(q, [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
    return ids.value(0);
}

int AppointmentDatabase::purgeIdentities(const QDate &before)
{
    QSqlQuery &q = m_statements.prepared(
        uR"(UPDATE appointments SET identity_hash = NULL, identity_masked = NULL, name_masked = NULL,
                phone_hash = NULL, phone_masked = NULL
            WHERE business_day < :day AND (identity_hash IS NOT NULL OR phone_hash IS NOT NULL
                OR identity_masked IS NOT NULL OR name_masked IS NOT NULL OR phone_masked IS NOT NULL))"_s);
    q.bindValue(u":day"_s, fromDay(before));
    StatementCache::exec(q);
    return q.numRowsAffected();
}

std::optional<ApiKey> AppointmentDatabase::findKeyByTokenHash(const QString &tokenHash)
{
    QSqlQuery &q = m_statements.prepared(keyTable().selectSql() + u" WHERE token_hash = :token_hash"_s);
    q.bindValue(u":token_hash"_s, tokenHash);
    const auto keys = collect(q, readKey);
    return keys.isEmpty() ? std::nullopt : std::optional(keys.first());
}

std::optional<ApiKey> AppointmentDatabase::findKey(const QString &keyId)
{
    QSqlQuery &q = m_statements.prepared(keyTable().selectSql() + u" WHERE key_id = :key_id"_s);
    q.bindValue(u":key_id"_s, keyId);
    const auto keys = collect(q, readKey);
    return keys.isEmpty() ? std::nullopt : std::optional(keys.first());
}

QList<ApiKey> AppointmentDatabase::listKeys()
{
    return collect(m_statements.prepared(keyTable().selectSql() + u" ORDER BY key_id"_s), readKey);
}

void AppointmentDatabase::saveKey(const ApiKey &key)
{
    if (key.keyId.isEmpty() || key.tokenHash.isEmpty())
        throw StorageError(u"an API key needs an id and a token hash"_s);
    QSqlQuery &q = m_statements.prepared(keyTable().upsertSql());
    bind(q, u"key_id"_s, key.keyId);
    bind(q, u"name"_s, text(key.name));
    bind(q, u"token_hash"_s, key.tokenHash);
    bind(q, u"scopes"_s, key.scopes.join(u' '));
    bind(q, u"revoked"_s, key.revoked);
    bind(q, u"created_at"_s, fromInstant(key.createdAt));
    StatementCache::exec(q);
}

bool AppointmentDatabase::revokeKey(const QString &keyId)
{
    QSqlQuery &q = m_statements.prepared(u"UPDATE api_keys SET revoked = :revoked WHERE key_id = :key_id"_s);
    q.bindValue(u":revoked"_s, true);
    q.bindValue(u":key_id"_s, keyId);
    StatementCache::exec(q);
    return q.numRowsAffected() > 0;
}

} // namespace hallq::appointments
