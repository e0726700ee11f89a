#include <catch2/catch.hpp>

#include "Await.h"
#include "IppEveFixture.h"
#include "printer/CupsTicketPrinter.h"
#include "printer/EscPosTicketBuilder.h"

using namespace hallq;
using namespace hallq::printer;
using namespace Qt::StringLiterals;

namespace {
struct RunningIppEve
{
    test::IppEveFixture ipp;
    RunningIppEve()
    {
        QString error;
        const bool started = ipp.start(&error);
        INFO(error.toStdString());
        REQUIRE(started);
    }
};
} // namespace

TEST_CASE("a ticket sent straight to an IPP printer (ippeveprinter) completes and arrives intact", "[printer][ipp]")
{
    RunningIppEve running;
    test::IppEveFixture &ipp = running.ipp;

    CupsTicketPrinter printer(ipp.spec());
    CHECK(printer.description().startsWith(u"IPP ipp://localhost:"_s));
    TicketPrintData t;
    t.hallName = u"茶陵县政务服务中心"_s;
    t.ticketNumber = u"B017"_s;
    t.serviceName = u"跨域通办"_s;
    t.peopleAhead = 0;
    t.issuedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    t.statusUrl = u"https://hall.example/t/B017"_s;
    EscPosTicketBuilder builder;
    const QByteArray bytes = builder.build(t);

    const PrintResult r = test::await(printer.submit(bytes, u"ticket B017"_s));
    INFO(r.detail.toStdString() << "\n" << ipp.log().toStdString());
    REQUIRE(r.completed());
    CHECK(r.jobId > 0);
    CHECK(ipp.waitForJobOutput(1, 5000) == bytes);

    const PrinterState state = test::await(printer.queryState());
    CHECK(state.queryFailure == PrintFailure::None);
    CHECK(state.acceptingJobs);
    CHECK_FALSE(state.reasons.testFlag(PrinterReason::MediaEmpty));
}

TEST_CASE("ippeveprinter out of paper reports media-empty in its state", "[printer][ipp]")
{
    RunningIppEve running;
    test::IppEveFixture &ipp = running.ipp;
    CupsTicketPrinter printer(ipp.spec());
    REQUIRE(ipp.setPaperLevel(0));
    const PrinterState empty = test::await(printer.queryState());
    INFO(empty.summary().toStdString());
    CHECK(empty.reasons.testFlag(PrinterReason::MediaEmpty));
    CHECK(empty.likelyFailure() == PrintFailure::PaperOut);

    // A job now waits for paper: it is reported as paper out once the printer
    // has said so for the grace period, well before the deadline, and cancelled.
    SubmitOptions options;
    options.stuckGraceMs = 400;
    options.timeoutMs = 10000;
    const PrintResult r = test::await(printer.submit("no paper\n", u"no paper"_s, options));
    INFO(r.detail.toStdString());
    CHECK(r.failure == PrintFailure::PaperOut);
    CHECK(r.elapsedMs >= 400);
    CHECK(r.elapsedMs < 10000);
    CHECK(ipp.waitForJobOutput(1, 300).isEmpty());

    REQUIRE(ipp.setPaperLevel(250));
    const PrinterState refilled = test::await(printer.queryState());
    CHECK_FALSE(refilled.reasons.testFlag(PrinterReason::MediaEmpty));
    CHECK(refilled.isReady());
}

TEST_CASE("an IPP printer that is not there is reported offline", "[printer][ipp]")
{
    QString error;
    CupsTicketPrinter printer(PrinterSpec::parse(u"ipp://127.0.0.1:1/ipp/print"_s, &error));
    const PrintResult r = test::await(printer.submit("x", u"x"_s));
    CHECK(r.failure == PrintFailure::Offline);
    CHECK(test::await(printer.queryState()).queryFailure == PrintFailure::Offline);
}
