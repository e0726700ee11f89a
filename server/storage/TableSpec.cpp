#include "storage/TableSpec.h"

using namespace Qt::StringLiterals;

namespace hallq::storage {

QString TableSpec::selectSql() const
{
    return u"SELECT %1 FROM %2"_s.arg(columns.join(u", "), table);
}

QString TableSpec::insertSql() const
{
    QStringList placeholders;
    for (const QString &c : columns)
        placeholders << u':' + c;
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "), placeholders.join(u", "));
}

QString TableSpec::upsertSql() const
{
    QStringList updates;
    for (const QString &c : columns) {
        if (!key.contains(c))
            updates << u"%1 = excluded.%1"_s.arg(c);
    }
    return u"%1 ON CONFLICT (%2) DO UPDATE SET %3"_s.arg(insertSql(), key.join(u", "), updates.join(u", "));
}

} // namespace hallq::storage
