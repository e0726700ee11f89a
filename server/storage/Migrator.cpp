#include "storage/Migrator.h"

#include "storage/StorageError.h"
#include "storage/StorageLog.h"
#include "storage/Transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace hallq::storage {

int Migrator::currentVersion()
{
    if (!m_db.tables().contains(u"schema_migrations"_s))
        return 0;
    const QList<int> applied = appliedVersions();
    return applied.isEmpty() ? 0 : applied.last();
}

QList<int> Migrator::run(const QList<Migration> &migrations)
{
    for (qsizetype i = 1; i < migrations.size(); ++i) {
        if (migrations[i].version <= migrations[i - 1].version)
            throw StorageError(u"migration %1 is listed after migration %2: versions must increase"_s
                                   .arg(migrations[i].version)
                                   .arg(migrations[i - 1].version));
    }
    ensureJournal();
    const QList<int> applied = appliedVersions();
    const int known = migrations.isEmpty() ? 0 : migrations.last().version;
    if (!applied.isEmpty() && applied.last() > known)
        throw StorageError(u"the database schema is at version %1, newer than this build knows (%2)"_s
                               .arg(applied.last())
                               .arg(known));

    QList<int> ran;
    for (const Migration &migration : migrations) {
        if (applied.contains(migration.version))
            continue;
        apply(migration);
        ran << migration.version;
    }
    return ran;
}

void Migrator::ensureJournal()
{
    m_statements.execDirect(uR"(CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at BIGINT NOT NULL
    ))"_s);
}

QList<int> Migrator::appliedVersions()
{
    QSqlQuery q = m_statements.execDirect(u"SELECT version FROM schema_migrations ORDER BY version"_s);
    QList<int> versions;
    while (q.next())
        versions << q.value(0).toInt();
    return versions;
}

void Migrator::apply(const Migration &migration)
{
    qCInfo(lcStorage) << "applying migration" << migration.version << migration.name;
    Transaction tx(m_db);
    try {
        for (const QString &statement : migration.statements)
            m_statements.execDirect(statement);
        QSqlQuery &record = m_statements.prepared(
            u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, :name, :at)"_s);
        record.bindValue(u":version"_s, migration.version);
        record.bindValue(u":name"_s, migration.name);
        record.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
        StatementCache::exec(record);
        tx.commit();
    } catch (const StorageError &e) {
        throw StorageError(u"migration %1 (%2) failed, database left at its previous version: %3"_s
                               .arg(migration.version)
                               .arg(migration.name, e.message()));
    }
}

} // namespace hallq::storage
