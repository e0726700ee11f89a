#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "Await.h"
#include "printer/CupsTicketPrinter.h"
#include "printer/FileTicketPrinter.h"
#include "printer/PrinterFactory.h"

using namespace hallq;
using namespace hallq::printer;
using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("the print-to-file printer is labelled simulated and keeps every job", "[printer][file]")
{
    QTemporaryDir dir;
    QString error;
    auto appending = PrinterFactory::createTicketPrinter(PrinterSpec::parse(u"file:"_s + dir.filePath(u"t.bin"_s), &error));
    REQUIRE(appending);
    CHECK(appending->isSimulated());
    CHECK(appending->description().startsWith(u"模拟打印"_s));
    const PrintResult first = test::await(appending->submit("one\n", u"A001"_s));
    const PrintResult second = test::await(appending->submit("two\n", u"A002"_s));
    REQUIRE(first.completed());
    REQUIRE(second.completed());
    CHECK(first.simulated);
    CHECK(second.jobId == first.jobId + 1);
    CHECK(readAll(dir.filePath(u"t.bin"_s)) == "one\ntwo\n");
    CHECK(test::await(appending->queryState()).isReady());

    auto perJob = PrinterFactory::createTicketPrinter(PrinterSpec::parse(u"file:"_s + dir.path() + u"/tickets/"_s, &error));
    const PrintResult r = test::await(perJob->submit("three\n", u"A003"_s));
    REQUIRE(r.completed());
    CHECK(r.outputPath == dir.path() + u"/tickets/ticket-0001.bin"_s);
    CHECK(readAll(r.outputPath) == "three\n");

    FileTicketPrinter broken(u"/proc/hallq-no/t.bin"_s);
    const PrintResult failed = test::await(broken.submit("x", u"x"_s));
    CHECK(failed.failure == PrintFailure::IoError);
    CHECK(failed.simulated);
    CHECK_FALSE(test::await(broken.queryState()).isReady());
}

TEST_CASE("the factory builds the printer the spec names", "[printer][spec]")
{
    QString error;
    CHECK(PrinterFactory::createTicketPrinter(PrinterSpec{}) == nullptr);
    auto cups = PrinterFactory::createTicketPrinter(PrinterSpec::parse(u"Receipt80"_s, &error));
    REQUIRE(dynamic_cast<CupsTicketPrinter *>(cups.get()));
    CHECK_FALSE(cups->isSimulated());
    CHECK(cups->description() == u"CUPS Receipt80"_s);
    auto ipp = PrinterFactory::createTicketPrinter(PrinterSpec::parse(u"ipp://printer.local:631/ipp/print"_s, &error));
    REQUIRE(dynamic_cast<CupsTicketPrinter *>(ipp.get()));
    CHECK(ipp->description() == u"IPP ipp://printer.local:631/ipp/print"_s);
}
