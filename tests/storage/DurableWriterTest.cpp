#include "EventWait.h"
#include "GatedStore.h"
#include "QtStringMakers.h"
#include "RecordFactory.h"
#include "TestDatabase.h"

#include "storage/DurableWriter.h"

#include <chrono>

using namespace Qt::StringLiterals;
using namespace hallq::engine;
using namespace hallq::storage;

namespace {
// Records every durable(upTo) in arrival order.
struct Acknowledgements
{
    explicit Acknowledgements(DurableWriter &writer)
    {
        QObject::connect(&writer, &DurableWriter::durable, &writer, [this](quint64 upTo) { received << upTo; });
    }
    bool reached(quint64 n) const { return !received.isEmpty() && received.last() >= n; }
    bool strictlyIncreasing() const
    {
        for (qsizetype i = 1; i < received.size(); ++i) {
            if (received[i] <= received[i - 1])
                return false;
        }
        return true;
    }
    QList<quint64> received;
};

qsizetype storedTickets(const TestDatabase &db, const QDate &day)
{
    return db.open()->loadState(day).tickets.size();
}
} // namespace

TEST_CASE("submissions made while the writer is busy are committed as one batch", "[storage][writer]")
{
    TestDatabase db;
    RecordFactory make;
    GatedStore::Gate gate;
    const auto openReal = db.factory();
    constexpr int queuedWhileBusy = 50;
    {
        DurableWriter writer([&] { return std::make_unique<GatedStore>(openReal(), gate); });
        Acknowledgements acks(writer);

        CHECK(writer.submit(make.issue(1)) == 1);
        REQUIRE(gate.entered.try_acquire_for(std::chrono::seconds(10))); // the writer is inside commit #1
        for (int id = 2; id <= queuedWhileBusy + 1; ++id)
            CHECK(writer.submit(make.issue(id)) == quint64(id));
        CHECK(writer.lastDurable() == 0);
        gate.open.release();

        REQUIRE(writer.waitForDurable());
        CHECK(writer.lastDurable() == quint64(queuedWhileBusy + 1));
        CHECK(writer.largestBatch() == queuedWhileBusy);
        REQUIRE(waitForSignal(&writer, &DurableWriter::durable, [&] { return acks.reached(queuedWhileBusy + 1); }));
        CHECK(acks.received == QList<quint64>{1, quint64(queuedWhileBusy + 1)});
    }
    CHECK(storedTickets(db, make.day()) == queuedWhileBusy + 1);
}

TEST_CASE("a stream of submissions is acknowledged in order and all stored", "[storage][writer]")
{
    TestDatabase db;
    RecordFactory make;
    constexpr int count = 300;
    {
        DurableWriter writer(db.factory());
        Acknowledgements acks(writer);
        for (int id = 1; id <= count; ++id)
            writer.submit(make.issue(id));
        REQUIRE(waitForSignal(&writer, &DurableWriter::durable, [&] { return acks.reached(count); }));
        CHECK(acks.strictlyIncreasing());
        CHECK(acks.received.last() == quint64(count));
        CHECK(writer.lastSubmitted() == quint64(count));
    }
    auto store = db.open();
    CHECK(store->loadState(make.day()).tickets.size() == count);
    CHECK(store->events(0, 1000).size() == count);
}

TEST_CASE("the destructor commits what is still queued", "[storage][writer]")
{
    TestDatabase db;
    RecordFactory make;
    {
        DurableWriter writer(db.factory());
        for (int id = 1; id <= 20; ++id)
            writer.submit(make.issue(id));
    }
    CHECK(storedTickets(db, make.day()) == 20);
}

TEST_CASE("a commit failure stops the writer and is reported", "[storage][writer]")
{
    TestDatabase db;
    RecordFactory make;
    {
        DurableWriter writer(db.factory());
        Acknowledgements acks(writer);
        QStringList failures;
        QObject::connect(&writer, &DurableWriter::failed, &writer, [&](const QString &m) { failures << m; });

        writer.submit(make.issue(1));
        REQUIRE(writer.waitForDurable());
        ChangeSet duplicate = make.issue(2);
        duplicate.events[0].id = 1; // already in the journal
        CHECK(writer.submit(duplicate) == 2);

        CHECK_FALSE(writer.waitForDurable());
        REQUIRE(waitForSignal(&writer, &DurableWriter::failed, [&] { return !failures.isEmpty(); }));
        CHECK(failures.first().contains(u"UNIQUE"_s, Qt::CaseInsensitive));
        CHECK(writer.submit(make.issue(3)) == 0);
        CHECK(writer.lastDurable() == 1);
        CHECK(writer.lastSubmitted() == 2);
        CHECK(acks.received == QList<quint64>{1});
    }
    CHECK(storedTickets(db, make.day()) == 1);
}

TEST_CASE("a store that cannot be opened fails the writer", "[storage][writer]")
{
    TestDatabase db;
    const QString path = db.path() + u".d/missing/hallq.db"_s;
    DurableWriter writer([path]() -> std::unique_ptr<Store> {
        return std::make_unique<SqliteStore>(path, TestDatabase::uniqueConnectionName());
    });
    QStringList failures;
    QObject::connect(&writer, &DurableWriter::failed, &writer, [&](const QString &m) { failures << m; });
    REQUIRE(waitForSignal(&writer, &DurableWriter::failed, [&] { return !failures.isEmpty(); }));
    CHECK(failures.first().contains(u"does not exist"_s));
    CHECK(writer.submit(RecordFactory().issue(1)) == 0);
    CHECK(writer.lastSubmitted() == 0);
}
