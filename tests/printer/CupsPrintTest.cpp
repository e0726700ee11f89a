#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include "Await.h"
#include "CupsdFixture.h"
#include "printer/CupsClient.h"
#include "printer/CupsTicketPrinter.h"
#include "printer/DocumentPrinter.h"
#include "printer/EscPosTicketBuilder.h"

using namespace hallq;
using namespace hallq::printer;
using namespace Qt::StringLiterals;

namespace {

TicketPrintData sampleTicket(const QString &number)
{
    TicketPrintData t;
    t.hallName = u"茶陵县政务服务中心"_s;
    t.ticketNumber = number;
    t.serviceName = u"综合办事"_s;
    t.peopleAhead = 3;
    t.estimatedWaitMinutes = 12;
    t.issuedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15));
    t.statusUrl = u"https://hall.example/t/"_s + number;
    return t;
}

struct CupsWithQueue
{
    test::CupsdFixture cups;
    const QString queue = u"Receipt80"_s;
    CupsWithQueue()
    {
        QString error;
        INFO(error.toStdString());
        const bool started = cups.start(&error) && cups.addCaptureQueue(queue, &error);
        INFO(error.toStdString());
        REQUIRE(started);
    }
};

} // namespace

TEST_CASE("a ticket sent to a CUPS queue arrives byte for byte and completes", "[printer][cups]")
{
    CupsWithQueue f;
    CupsTicketPrinter printer(f.cups.spec(f.queue));
    EscPosTicketBuilder builder;
    const QByteArray bytes = builder.build(sampleTicket(u"A001"_s));

    const PrintResult result = test::await(printer.submit(bytes, u"ticket A001"_s));
    INFO(result.detail.toStdString() << "\n" << f.cups.errorLog().toStdString());
    REQUIRE(result.completed());
    CHECK(result.jobId > 0);
    CHECK_FALSE(result.simulated);
    REQUIRE(f.cups.waitForCapture(f.queue, result.jobId, 5000));
    CHECK(f.cups.captured(f.queue, result.jobId) == bytes);

    const PrinterState state = test::await(printer.queryState());
    CHECK(state.isReady());
    CHECK(state.kind == PrinterState::Kind::Idle);
}

TEST_CASE("tickets print in the order they were submitted", "[printer][cups]")
{
    CupsWithQueue f;
    CupsTicketPrinter printer(f.cups.spec(f.queue));
    QList<QFuture<PrintResult>> futures;
    for (int i = 1; i <= 5; ++i)
        futures.append(printer.submit(u"ticket %1\n"_s.arg(i).toUtf8(), u"t%1"_s.arg(i)));
    int lastJob = 0;
    for (int i = 0; i < futures.size(); ++i) {
        const PrintResult r = test::await(futures[i]);
        REQUIRE(r.completed());
        CHECK(r.jobId > lastJob);
        lastJob = r.jobId;
        REQUIRE(f.cups.waitForCapture(f.queue, r.jobId, 5000));
        CHECK(f.cups.captured(f.queue, r.jobId) == u"ticket %1\n"_s.arg(i + 1).toUtf8());
    }
}

TEST_CASE("paper out stops the printer and fails the job as paper-out; after cupsenable it prints", "[printer][cups]")
{
    CupsWithQueue f;
    CupsTicketPrinter printer(f.cups.spec(f.queue));
    f.cups.setFault(f.queue, u"media-empty-error"_s);

    const PrintResult failed = test::await(printer.submit("first\n", u"paper out"_s));
    INFO(failed.detail.toStdString());
    CHECK(failed.failure == PrintFailure::PaperOut);
    CHECK(failed.jobId > 0);
    CHECK(failed.printer.kind == PrinterState::Kind::Stopped);
    CHECK(failed.printer.reasons.testFlag(PrinterReason::MediaEmpty));
    CHECK(printFailureKey(failed.failure) == u"paper-out"_s);

    const PrinterState stopped = test::await(printer.queryState());
    CHECK(stopped.kind == PrinterState::Kind::Stopped);
    CHECK(stopped.reasons.testFlag(PrinterReason::MediaEmpty));
    CHECK(stopped.rawReasons.contains(u"media-empty-error"_s));
    CHECK_FALSE(stopped.isReady());

    // Paper loaded, queue enabled: new tickets print; the failed one was cancelled and never comes out.
    f.cups.clearFault(f.queue);
    REQUIRE(f.cups.runTool(u"cupsenable"_s, {f.queue}));
    const PrintResult ok = test::await(printer.submit("second\n", u"after paper"_s));
    REQUIRE(ok.completed());
    REQUIRE(f.cups.waitForCapture(f.queue, ok.jobId, 5000));
    CHECK(f.cups.captured(f.queue, ok.jobId) == "second\n");
    CHECK_FALSE(QFileInfo::exists(f.cups.capturedPath(f.queue, failed.jobId)));
    CHECK(test::await(printer.queryState()).isReady());
}

TEST_CASE("a job kept after paper out is held by CUPS and prints once the queue is enabled", "[printer][cups]")
{
    CupsWithQueue f;
    CupsTicketPrinter printer(f.cups.spec(f.queue));
    f.cups.setFault(f.queue, u"media-empty-error"_s);
    SubmitOptions keep;
    keep.cancelOnFailure = false;
    const PrintResult failed = test::await(printer.submit("kept\n", u"kept"_s, keep));
    CHECK(failed.failure == PrintFailure::PaperOut);
    REQUIRE(failed.jobId > 0);
    CHECK_FALSE(QFileInfo::exists(f.cups.capturedPath(f.queue, failed.jobId)));

    f.cups.clearFault(f.queue);
    REQUIRE(f.cups.runTool(u"cupsenable"_s, {f.queue}));
    REQUIRE(f.cups.waitForCapture(f.queue, failed.jobId, 10000));
    CHECK(f.cups.captured(f.queue, failed.jobId) == "kept\n");
}

TEST_CASE("door open and offline from the printer are told apart", "[printer][cups]")
{
    CupsWithQueue f;
    CupsTicketPrinter printer(f.cups.spec(f.queue));
    f.cups.setFault(f.queue, u"door-open-error"_s);
    const PrintResult door = test::await(printer.submit("x", u"door"_s));
    CHECK(door.failure == PrintFailure::DoorOpen);
    CHECK(door.printer.reasons.testFlag(PrinterReason::DoorOpen));

    // Offline: the backend keeps retrying (job processing, printer reports offline-report).
    f.cups.setFault(f.queue, u"offline-report"_s);
    REQUIRE(f.cups.runTool(u"cupsenable"_s, {f.queue}));
    SubmitOptions options;
    options.stuckGraceMs = 300;
    const PrintResult offline = test::await(printer.submit("y", u"offline"_s, options));
    CHECK(offline.failure == PrintFailure::Offline);
    CHECK(offline.printer.reasons.testFlag(PrinterReason::Offline));
    CHECK(offline.elapsedMs >= 300);
    f.cups.clearFault(f.queue);
}

TEST_CASE("a job that does not complete in time fails as timeout and is cancelled", "[printer][cups]")
{
    CupsWithQueue f;
    CupsTicketPrinter printer(f.cups.spec(f.queue));
    f.cups.setDelaySeconds(f.queue, 3);
    SubmitOptions quick;
    quick.timeoutMs = 400;
    const PrintResult r = test::await(printer.submit("slow\n", u"slow"_s, quick));
    CHECK(r.failure == PrintFailure::Timeout);
    CHECK(r.elapsedMs >= 400);
    CHECK(r.elapsedMs < 3000);
    QString jobs;
    // Cancelled, so it is not among the jobs still to print.
    REQUIRE(QTest::qWaitFor([&] {
        f.cups.runTool(u"lpstat"_s, {u"-o"_s, f.queue}, &jobs);
        return jobs.trimmed().isEmpty();
    }, 5000));
}

TEST_CASE("unknown queue, rejecting queue and a dead cupsd are typed failures", "[printer][cups]")
{
    CupsWithQueue f;
    {
        CupsTicketPrinter missing(f.cups.spec(u"NoSuchQueue"_s));
        CHECK(test::await(missing.submit("x", u"x"_s)).failure == PrintFailure::NoSuchPrinter);
        CHECK(test::await(missing.queryState()).queryFailure == PrintFailure::NoSuchPrinter);
    }
    {
        REQUIRE(f.cups.runTool(u"cupsreject"_s, {f.queue}));
        CupsTicketPrinter rejecting(f.cups.spec(f.queue));
        CHECK(test::await(rejecting.submit("x", u"x"_s)).failure == PrintFailure::NotAccepting);
        CHECK_FALSE(test::await(rejecting.queryState()).acceptingJobs);
    }
    {
        PrinterSpec dead = f.cups.spec(f.queue);
        dead.cupsServer = f.cups.socketPath() + u".none"_s;
        CupsTicketPrinter unreachable(dead);
        const PrintResult r = test::await(unreachable.submit("x", u"x"_s));
        CHECK(r.failure == PrintFailure::Unreachable);
        CHECK(r.jobId == 0);
    }
}

TEST_CASE("the queues of a cupsd are listed", "[printer][cups]")
{
    CupsWithQueue f;
    QString error;
    REQUIRE(f.cups.addCaptureQueue(u"Notices"_s, &error));
    const CupsClient::Destinations d = CupsClient::listDestinations(f.cups.socketPath());
    CHECK(d.failure == PrintFailure::None);
    CHECK(d.names.contains(u"Receipt80"_s));
    CHECK(d.names.contains(u"Notices"_s));
}

TEST_CASE("a paused queue fails as stopped and a queue holding new jobs as held", "[printer][cups]")
{
    CupsWithQueue f;
    CupsTicketPrinter printer(f.cups.spec(f.queue));
    REQUIRE(f.cups.runTool(u"cupsdisable"_s, {f.queue}));
    const PrintResult paused = test::await(printer.submit("p", u"paused"_s));
    CHECK(paused.failure == PrintFailure::Stopped);
    CHECK(paused.printer.reasons.testFlag(PrinterReason::Paused));

    REQUIRE(f.cups.runTool(u"cupsenable"_s, {f.queue}));
    REQUIRE(f.cups.runTool(u"cupsdisable"_s, {u"--hold"_s, f.queue}));
    REQUIRE(f.cups.runTool(u"cupsenable"_s, {f.queue})); // printing again, but new jobs are held
    const PrintResult held = test::await(printer.submit("h", u"held"_s));
    INFO(held.detail.toStdString());
    CHECK(held.failure == PrintFailure::Held);
    CHECK_FALSE(QFileInfo::exists(f.cups.capturedPath(f.queue, held.jobId)));

    REQUIRE(f.cups.runTool(u"cupsenable"_s, {u"--release"_s, f.queue}));
    const PrintResult ok = test::await(printer.submit("ok", u"released"_s));
    CHECK(ok.completed());
}
