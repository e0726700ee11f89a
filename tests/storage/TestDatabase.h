#pragma once

#include "storage/DurableWriter.h"
#include "storage/Migration.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <memory>

// A database file in a private temporary directory, removed afterwards.
class TestDatabase
{
public:
    TestDatabase();

    QString path() const;
    // Opened and migrated with the built-in migrations.
    std::unique_ptr<hallq::storage::SqliteStore> open() const;
    // Opened only: migrate() runs `migrations`.
    std::unique_ptr<hallq::storage::SqliteStore> openWith(QList<hallq::storage::Migration> migrations) const;
    // A DurableWriter factory opening (and migrating) this database.
    hallq::storage::DurableWriter::StoreFactory factory() const;

    // Every store needs its own QtSql connection name.
    static QString uniqueConnectionName();

private:
    QTemporaryDir m_dir;
};
