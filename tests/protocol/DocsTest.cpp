#include "protocol/Protocol.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace hallq::protocol;
using namespace Qt::StringLiterals;

TEST_CASE("docs/protocol.md documents every message and every error code", "[protocol][docs]")
{
    const QByteArray sourceDir = qgetenv("HALLQ_SOURCE_DIR");
    REQUIRE_FALSE(sourceDir.isEmpty()); // set by ctest; run by hand with HALLQ_SOURCE_DIR=/work/main
    QFile file(QString::fromLocal8Bit(sourceDir) + u"/docs/protocol.md"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());

    for (const MessageSpec &s : allMessages()) {
        INFO(QString(s.name).toStdString());
        // Each message has its own heading and a JSON example with its type.
        CHECK(doc.contains(u"### `%1`"_s.arg(s.name)));
        CHECK(doc.contains(u"\"type\":\"%1\""_s.arg(s.name)));
    }
    for (ErrorCode c : allErrorCodes()) {
        INFO(toString(c).toStdString());
        CHECK(doc.contains(u"| `%1` |"_s.arg(toString(c))));
    }
    CHECK(doc.contains(u"kProtocolVersion"_s));
}
