#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

// A plain QtSql connection to inspect a database behind the Store's back.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    QStringList tables() const;
    // Every row of a query, each as its list of column values.
    QList<QVariantList> rows(const QString &sql) const;

private:
    QString m_name;
    QSqlDatabase m_db;
};
