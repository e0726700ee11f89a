#include <catch2/catch.hpp>

#include "printer/PrinterSpec.h"

using namespace hallq::printer;
using namespace Qt::StringLiterals;

TEST_CASE("printer specs parse into their kinds", "[printer][spec]")
{
    QString error;
    CHECK(PrinterSpec::parse(u"Receipt80", &error).kind == PrinterSpec::Kind::Cups);
    CHECK(error.isEmpty());
    const PrinterSpec ipp = PrinterSpec::parse(u"ipp://localhost:8631/ipp/print", &error);
    CHECK(ipp.kind == PrinterSpec::Kind::Ipp);
    CHECK(ipp.uri.port() == 8631);
    const PrinterSpec file = PrinterSpec::parse(u"file:/tmp/tickets.bin", &error);
    CHECK(file.kind == PrinterSpec::Kind::File);
    CHECK(file.path == u"/tmp/tickets.bin"_s);
    CHECK(PrinterSpec::parse(u"", &error).kind == PrinterSpec::Kind::None);
    CHECK(error.isEmpty());
    CHECK(PrinterSpec::parse(u"bad name/with slash", &error).kind == PrinterSpec::Kind::None);
    CHECK_FALSE(error.isEmpty());
}
