#include "storage/StatementCache.h"

#include "storage/StorageError.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace hallq::storage {

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    throw StorageError(u"SQL failed: %1 [%2]"_s.arg(query.lastError().text(), sql.simplified()));
}
} // namespace

QSqlQuery &StatementCache::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return it->second;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query, sql);
    return m_queries.emplace(sql, std::move(query)).first->second;
}

void StatementCache::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery StatementCache::execDirect(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        fail(query, sql);
    return query;
}

} // namespace hallq::storage
