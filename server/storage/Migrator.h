#pragma once

#include "storage/Migration.h"
#include "storage/StatementCache.h"

#include <QList>
#include <QSqlDatabase>

namespace hallq::storage {

// Brings a database up to the newest of `migrations`: each one that has not
// run yet runs in its own transaction together with its schema_migrations
// row, so a failing migration leaves the database at the previous version.
class Migrator
{
public:
    Migrator(QSqlDatabase db, StatementCache &statements) : m_db(std::move(db)), m_statements(statements) {}

    int currentVersion();                                // 0 for a fresh database
    QList<int> run(const QList<Migration> &migrations);  // versions applied now

private:
    void ensureJournal();
    QList<int> appliedVersions();
    void apply(const Migration &migration);

    QSqlDatabase m_db;
    StatementCache &m_statements;
};

} // namespace hallq::storage
