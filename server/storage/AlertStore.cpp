#include "storage/AlertStore.h"

#include "storage/StorageError.h"

#include <QSqlError>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hallq::storage {

namespace {

QVariant instant(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime instantAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

constexpr auto kColumns = "id, kind, level, subject, service_id, window_no, device_id, message, message_en, "
                          "raised_at, resolved_at, acknowledged_at, acknowledged_by, ack_note";

AlertRecord readRow(const QSqlQuery &q)
{
    AlertRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.level = q.value(2).toString();
    r.subject = q.value(3).toString();
    r.serviceId = q.value(4).toString();
    r.window = q.value(5).toInt();
    r.deviceId = q.value(6).toString();
    r.message = q.value(7).toString();
    r.messageEn = q.value(8).toString();
    r.raisedAt = instantAt(q, 9);
    r.resolvedAt = instantAt(q, 10);
    r.acknowledgedAt = instantAt(q, 11);
    r.acknowledgedBy = q.value(12).toString();
    r.ackNote = q.value(13).toString();
    return r;
}

} // namespace

AlertStore::AlertStore(const QString &databasePath, const QString &connectionName)
    : m_connectionName(connectionName), m_statements(m_db)
{
    if (QSqlDatabase::contains(connectionName))
        throw StorageError(u"the database connection name '%1' is already in use"_s.arg(connectionName));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    m_db.setDatabaseName(databasePath);
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw StorageError(u"cannot open database '%1' for alerts: %2"_s.arg(databasePath, why));
    }
    // The writer thread holds the write lock for a few ms at a time: wait for it.
    m_statements.execDirect(u"PRAGMA busy_timeout = 5000"_s);
    m_statements.execDirect(u"PRAGMA synchronous = FULL"_s);
}

AlertStore::~AlertStore()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void AlertStore::save(const AlertRecord &r)
{
    QSqlQuery &q = m_statements.prepared(
        u"INSERT OR REPLACE INTO alerts (%1) VALUES (:id, :kind, :level, :subject, :service, :window, :device, "
        ":message, :messageEn, :raised, :resolved, :acked, :ackedBy, :note)"_s.arg(QLatin1StringView(kColumns)));
    q.bindValue(u":id"_s, r.id);
    q.bindValue(u":kind"_s, r.kind);
    q.bindValue(u":level"_s, r.level);
    q.bindValue(u":subject"_s, r.subject);
    q.bindValue(u":service"_s, r.serviceId);
    q.bindValue(u":window"_s, r.window);
    q.bindValue(u":device"_s, r.deviceId);
    q.bindValue(u":message"_s, r.message);
    q.bindValue(u":messageEn"_s, r.messageEn);
    q.bindValue(u":raised"_s, instant(r.raisedAt));
    q.bindValue(u":resolved"_s, instant(r.resolvedAt));
    q.bindValue(u":acked"_s, instant(r.acknowledgedAt));
    q.bindValue(u":ackedBy"_s, r.acknowledgedBy);
    q.bindValue(u":note"_s, r.ackNote);
    StatementCache::exec(q); // autocommit: one durable transaction
}

std::optional<AlertRecord> AlertStore::find(qint64 id)
{
    QSqlQuery &q = m_statements.prepared(u"SELECT %1 FROM alerts WHERE id = :id"_s.arg(QLatin1StringView(kColumns)));
    q.bindValue(u":id"_s, id);
    StatementCache::exec(q);
    std::optional<AlertRecord> found;
    if (q.next())
        found = readRow(q);
    q.finish();
    return found;
}

QList<AlertRecord> AlertStore::list(bool activeOnly, int limit, qint64 beforeId)
{
    QSqlQuery &q = m_statements.prepared(
        u"SELECT %1 FROM alerts WHERE (:before = 0 OR id < :before) AND (:active = 0 OR resolved_at IS NULL) "
        "ORDER BY id DESC LIMIT :limit"_s.arg(QLatin1StringView(kColumns)));
    q.bindValue(u":before"_s, beforeId);
    q.bindValue(u":active"_s, activeOnly ? 1 : 0);
    q.bindValue(u":limit"_s, limit);
    StatementCache::exec(q);
    QList<AlertRecord> rows;
    while (q.next())
        rows << readRow(q);
    q.finish();
    return rows;
}

qint64 AlertStore::lastId()
{
    QSqlQuery q = m_statements.execDirect(u"SELECT COALESCE(MAX(id), 0) FROM alerts"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hallq::storage
