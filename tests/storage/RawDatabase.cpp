#include "RawDatabase.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

RawDatabase::RawDatabase(const QString &path) : m_name(TestDatabase::uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    REQUIRE(m_db.open());
}

RawDatabase::~RawDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QStringList RawDatabase::tables() const
{
    return m_db.tables();
}

QList<QVariantList> RawDatabase::rows(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    QList<QVariantList> result;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        result << row;
    }
    return result;
}
