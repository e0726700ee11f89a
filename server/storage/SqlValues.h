#pragma once

#include "storage/StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace hallq::storage::sql {

// Value conventions shared by every table (see Migrations.cpp):
// instants <-> BIGINT ms since epoch UTC (NULL when invalid),
// dates <-> 'YYYY-MM-DD' text, empty optional text <-> NULL.

QVariant fromInstant(const QDateTime &t);
QDateTime toInstant(const QVariant &v);
QVariant fromDay(const QDate &d);
QDate toDay(const QVariant &v);
QVariant textOrNull(const QString &s);
// For NOT NULL text columns: a null QString is stored as '' (QtSql would bind NULL).
QVariant text(const QString &s);
// Binds `value` to the placeholder ":column".
void bind(QSqlQuery &q, const QString &column, const QVariant &value);

// Reads an enum by its stable name; an unknown name is data corruption (or a
// newer build's value) and throws rather than guessing.
template <class E>
E toEnum(const QVariant &v, std::optional<E> (*parse)(QStringView), QLatin1StringView what)
{
    const QString name = v.toString();
    if (const std::optional<E> e = parse(name))
        return *e;
    throw StorageError(QStringLiteral("unknown %1 '%2' in the database").arg(what, name));
}

} // namespace hallq::storage::sql
