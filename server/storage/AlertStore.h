#pragma once

#include "storage/AlertRecord.h"
#include "storage/StatementCache.h"

#include <QList>
#include <QSqlDatabase>

namespace hallq::storage {

// The alert history on its own connection to the hall database (the queue
// writer keeps its own): alerts are rare, so each change is one small durable
// transaction (synchronous=FULL) on the calling thread. The schema comes from
// the main store's migrate(). Every failure throws StorageError.
class AlertStore
{
public:
    AlertStore(const QString &databasePath, const QString &connectionName);
    ~AlertStore();
    AlertStore(const AlertStore &) = delete;
    AlertStore &operator=(const AlertStore &) = delete;

    // Inserts or replaces the row with record.id.
    void save(const AlertRecord &record);
    std::optional<AlertRecord> find(qint64 id);
    // Newest first; activeOnly: not resolved; beforeId > 0: only smaller ids.
    QList<AlertRecord> list(bool activeOnly, int limit, qint64 beforeId = 0);
    qint64 lastId();

private:
    QString m_connectionName;
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace hallq::storage
