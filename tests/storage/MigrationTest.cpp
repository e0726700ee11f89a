#include "QtStringMakers.h"
#include "RawDatabase.h"
#include "TestDatabase.h"

#include "storage/Migrations.h"
#include "storage/StorageError.h"

using namespace Qt::StringLiterals;
using namespace hallq::storage;

namespace {
QList<int> builtinVersions()
{
    QList<int> versions;
    for (const Migration &m : builtinMigrations())
        versions << m.version;
    return versions;
}

QList<int> recordedVersions(const TestDatabase &db)
{
    QList<int> versions;
    for (const QVariantList &row : RawDatabase(db.path()).rows(u"SELECT version FROM schema_migrations ORDER BY version"_s))
        versions << row[0].toInt();
    return versions;
}

Migration broken(int version)
{
    // Does real work first, then fails: the work must be rolled back.
    return {version, u"broken on purpose"_s,
            {u"CREATE TABLE half_done (x INTEGER)"_s,
             u"UPDATE settings SET value = 'changed'"_s,
             u"INSERT INTO no_such_table VALUES (1)"_s}};
}
} // namespace

TEST_CASE("a fresh database runs every migration once and records it", "[storage][migrations]")
{
    TestDatabase db;
    auto store = db.openWith(builtinMigrations());
    CHECK(store->schemaVersion() == 0);
    store->migrate();

    CHECK(store->lastMigrationsApplied() == builtinVersions());
    CHECK(store->schemaVersion() == builtinVersions().last());
    CHECK(recordedVersions(db) == builtinVersions());
    const QStringList tables = RawDatabase(db.path()).tables();
    for (const QString &table : {u"tickets"_s, u"windows"_s, u"sequences"_s, u"events"_s, u"staff"_s,
                                 u"devices"_s, u"settings"_s, u"schema_migrations"_s})
        CHECK(tables.contains(table));
}

TEST_CASE("re-opening a migrated database runs no migration", "[storage][migrations]")
{
    TestDatabase db;
    db.open();
    const auto before = RawDatabase(db.path()).rows(u"SELECT version, name, applied_at FROM schema_migrations"_s);

    auto again = db.openWith(builtinMigrations());
    again->migrate();
    CHECK(again->lastMigrationsApplied().isEmpty());
    CHECK(RawDatabase(db.path()).rows(u"SELECT version, name, applied_at FROM schema_migrations"_s) == before);
}

TEST_CASE("a failing migration leaves the database as it was", "[storage][migrations]")
{
    TestDatabase db;
    db.open()->setSetting(u"hall"_s, u"chaling"_s);
    const int version = builtinVersions().last();

    QList<Migration> migrations = builtinMigrations();
    migrations << broken(version + 1);
    auto store = db.openWith(migrations);
    try {
        store->migrate();
        FAIL("the broken migration did not throw");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(u"migration %1"_s.arg(version + 1)));
        CHECK(e.message().contains(u"no such table"_s));
    }
    CHECK(store->schemaVersion() == version);
    CHECK(recordedVersions(db) == builtinVersions());
    CHECK_FALSE(RawDatabase(db.path()).tables().contains(u"half_done"_s));
    CHECK(store->setting(u"hall"_s) == u"chaling"_s);
}

TEST_CASE("migrations before a failing one stay applied", "[storage][migrations]")
{
    TestDatabase db;
    QList<Migration> migrations = builtinMigrations();
    migrations << broken(builtinVersions().last() + 1);
    auto store = db.openWith(migrations);
    CHECK_THROWS_AS(store->migrate(), StorageError);
    CHECK(store->schemaVersion() == builtinVersions().last());
    CHECK(RawDatabase(db.path()).tables().contains(u"tickets"_s));
}

TEST_CASE("a database newer than this build is refused", "[storage][migrations]")
{
    TestDatabase db;
    QList<Migration> newer = builtinMigrations();
    newer << Migration{builtinVersions().last() + 1, u"from the future"_s, {u"CREATE TABLE later (x INTEGER)"_s}};
    db.openWith(newer)->migrate();

    auto store = db.openWith(builtinMigrations());
    CHECK_THROWS_WITH(store->migrate(), Catch::Contains("newer than this build"));
}

TEST_CASE("migrations listed out of order are refused before anything runs", "[storage][migrations]")
{
    TestDatabase db;
    QList<Migration> migrations = builtinMigrations();
    migrations.prepend(Migration{builtinVersions().last() + 1, u"misplaced"_s, {u"CREATE TABLE misplaced (x INTEGER)"_s}});
    auto store = db.openWith(migrations);
    CHECK_THROWS_WITH(store->migrate(), Catch::Contains("versions must increase"));
    CHECK(store->schemaVersion() == 0);
}
