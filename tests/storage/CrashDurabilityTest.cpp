#include "QtStringMakers.h"
#include "RecordFactory.h"
#include "TestDatabase.h"

#include "storage/DurableWriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hallq::engine;
using namespace hallq::storage;

// The parent starts this test binary again in "writer child" mode (the
// hidden test case below), reads the child's acknowledgements, SIGKILLs it
// mid-stream and checks that every acknowledged change set is in the file.
// Change set n carries ticket n and event n, so "acknowledged up to n"
// means tickets and events 1..n exist.

namespace {
constexpr auto childDatabaseVariable = "HALLQ_STORAGE_CHILD_DB";
constexpr int inFlight = 8;               // submissions the child keeps queued
constexpr quint64 childSubmissionCap = 1000000; // the child stops on its own only if never killed

// Parses "ack <n>" lines; other output (if any) is ignored.
quint64 highestAck(const QByteArray &output)
{
    quint64 highest = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("ack "))
            highest = std::max(highest, line.mid(4).trimmed().toULongLong());
    }
    return highest;
}
} // namespace

TEST_CASE("writer child: submits forever, prints each acknowledgement", "[.][storage-child]")
{
    const QString path = qEnvironmentVariable(childDatabaseVariable);
    REQUIRE_FALSE(path.isEmpty());
    RecordFactory make;
    DurableWriter writer([path]() -> std::unique_ptr<Store> {
        auto store = std::make_unique<SqliteStore>(path, TestDatabase::uniqueConnectionName());
        store->migrate();
        return store;
    });
    QEventLoop loop;
    QObject::connect(&writer, &DurableWriter::failed, &loop, [&](const QString &) { loop.exit(1); });
    // Printed only after durable(): the parent may rely on every number it reads.
    QObject::connect(&writer, &DurableWriter::durable, &loop, [&](quint64 upTo) {
        std::printf("ack %llu\n", static_cast<unsigned long long>(upTo));
        std::fflush(stdout);
        while (writer.lastSubmitted() < upTo + inFlight && writer.lastSubmitted() < childSubmissionCap)
            writer.submit(make.issue(qint64(writer.lastSubmitted()) + 1));
        if (upTo >= childSubmissionCap)
            loop.quit();
    });
    for (int i = 0; i < inFlight; ++i)
        writer.submit(make.issue(i + 1));
    CHECK(loop.exec() == 0);
}

TEST_CASE("everything acknowledged before a SIGKILL is in the database", "[storage][crash]")
{
    TestDatabase db;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childDatabaseVariable), db.path());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"[storage-child]"_s});
    REQUIRE(child.waitForStarted(10000));

    // Wait for a few dozen acknowledgements, synchronising on the output only.
    QByteArray output;
    int lines = 0;
    while (lines < 40) {
        if (!child.waitForReadyRead(10000))
            FAIL("the writer child stopped answering: " << child.readAllStandardError().toStdString());
        const QByteArray chunk = child.readAllStandardOutput();
        lines += int(chunk.count('\n'));
        output += chunk;
    }
    child.kill(); // SIGKILL: no destructor, no flush, no clean close
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
    output += child.readAllStandardOutput(); // acknowledgements still in the pipe count too

    const quint64 acknowledged = highestAck(output);
    REQUIRE(acknowledged >= 40);

    auto store = db.open();
    const RecordFactory make;
    const EngineState state = store->loadState(make.day());
    QSet<qint64> tickets;
    for (const Ticket &t : state.tickets)
        tickets.insert(t.id);
    const QList<Event> events = store->events(0, int(state.tickets.size()) + 100);
    for (quint64 id = 1; id <= acknowledged; ++id) {
        INFO("change set " << id);
        REQUIRE(tickets.contains(qint64(id)));
    }
    REQUIRE(events.size() >= qsizetype(acknowledged));
    CHECK(events[qsizetype(acknowledged) - 1].id == qint64(acknowledged));
    // Whole change sets or nothing: every stored ticket has its event.
    CHECK(events.size() == state.tickets.size());
    CHECK(state.lastTicketId == state.lastEventId);
}
