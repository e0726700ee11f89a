#include "TestDatabase.h"

#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace hallq::storage;

TestDatabase::TestDatabase()
{
    REQUIRE(m_dir.isValid());
}

QString TestDatabase::path() const
{
    return m_dir.filePath(u"hallq.db"_s);
}

std::unique_ptr<SqliteStore> TestDatabase::open() const
{
    auto store = openWith(builtinMigrations());
    store->migrate();
    return store;
}

std::unique_ptr<SqliteStore> TestDatabase::openWith(QList<Migration> migrations) const
{
    return std::make_unique<SqliteStore>(path(), uniqueConnectionName(), std::move(migrations));
}

DurableWriter::StoreFactory TestDatabase::factory() const
{
    const QString file = path();
    return [file]() -> std::unique_ptr<Store> {
        auto store = std::make_unique<SqliteStore>(file, uniqueConnectionName());
        store->migrate();
        return store;
    };
}

QString TestDatabase::uniqueConnectionName()
{
    static std::atomic<int> next{0};
    return u"storage-test-%1"_s.arg(++next);
}
