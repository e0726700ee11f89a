#pragma once

#include <QString>
#include <QStringList>

namespace hallq::storage {

// A table's name and columns, written once so the INSERT, upsert and SELECT
// statements of a row type cannot drift apart. Placeholders are ":column".
struct TableSpec
{
    QString table;
    QStringList columns;
    QStringList key; // conflict target of the upsert

    QString selectSql() const;  // SELECT <columns> FROM <table>
    QString insertSql() const;
    // INSERT ... ON CONFLICT (key) DO UPDATE SET every other column: the
    // upsert form both SQLite (>= 3.24) and PostgreSQL accept.
    QString upsertSql() const;
};

} // namespace hallq::storage
