#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>

namespace hallq::storage {

// Prepared statements of one connection, prepared once and reused: commit()
// is hot and re-parsing its SQL on every call would cost more than the work.
// Every failure throws StorageError carrying the driver's error text.
class StatementCache
{
public:
    // Keeps a reference: the owner's connection handle must outlive the cache
    // (the owner releases every handle before removing the connection).
    explicit StatementCache(const QSqlDatabase &db) : m_db(db) {}

    // The prepared statement for `sql`, its previous bindings still in place
    // (callers bind every placeholder before each exec).
    QSqlQuery &prepared(const QString &sql);
    // Runs a prepared statement; throws with the SQL and the error on failure.
    static void exec(QSqlQuery &query);
    // Runs a one-off statement (DDL, PRAGMA); returns it for reading results.
    QSqlQuery execDirect(const QString &sql);
    void clear() { m_queries.clear(); }

private:
    const QSqlDatabase &m_db;
    // std::map, not QHash: callers hold references to several statements at
    // once, and a node-based map never moves a value when it grows.
    std::map<QString, QSqlQuery> m_queries;
};

} // namespace hallq::storage
