#include "QtStringMakers.h"
#include "RawDatabase.h"
#include "TestDatabase.h"

#include "storage/SqliteStore.h"
#include "storage/StorageError.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace hallq::storage;

TEST_CASE("opening a database in a missing directory says so", "[storage][errors]")
{
    TestDatabase db;
    const QString path = QFileInfo(db.path()).absolutePath() + u"/missing/hallq.db"_s;
    try {
        SqliteStore store(path, TestDatabase::uniqueConnectionName());
        FAIL("opening did not throw");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(path));
        CHECK(e.message().contains(u"does not exist"_s));
    }
}

TEST_CASE("a failed open leaves no connection behind", "[storage][errors]")
{
    TestDatabase db;
    const QString name = TestDatabase::uniqueConnectionName();
    CHECK_THROWS_AS(SqliteStore(db.path() + u".d/missing/x.db"_s, name), StorageError);
    CHECK_FALSE(QSqlDatabase::contains(name));
    SqliteStore store(db.path(), name); // the name is free again
    CHECK(store.schemaVersion() == 0);
}

TEST_CASE("a connection name in use is refused", "[storage][errors]")
{
    TestDatabase db;
    const QString name = TestDatabase::uniqueConnectionName();
    SqliteStore first(db.path(), name);
    CHECK_THROWS_WITH(SqliteStore(db.path(), name), Catch::Contains("already in use"));
    CHECK(first.schemaVersion() == 0); // the first store's connection survived
}

TEST_CASE("a query on a database that was never migrated throws with the SQL error", "[storage][errors]")
{
    TestDatabase db;
    SqliteStore store(db.path(), TestDatabase::uniqueConnectionName());
    CHECK_THROWS_WITH(store.listStaff(), Catch::Contains("no such table"));
}

TEST_CASE("the database file is in WAL mode", "[storage][errors]")
{
    TestDatabase db;
    db.open();
    // journal_mode=WAL is persistent in the file: a new plain connection sees it.
    CHECK(RawDatabase(db.path()).rows(u"PRAGMA journal_mode"_s).value(0).value(0).toString() == u"wal"_s);
}
