#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "EscPosDecoder.h"
#include "printer/EscPosTicketBuilder.h"

using namespace hallq;
using namespace hallq::printer;
using namespace Qt::StringLiterals;

namespace {

TicketPrintData sample()
{
    TicketPrintData t;
    t.hallName = u"茶陵县政务服务中心"_s;
    t.ticketNumber = u"A001"_s;
    t.serviceName = u"综合办事"_s;
    t.peopleAhead = 3;
    t.estimatedWaitMinutes = 12;
    t.issuedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 42));
    t.statusUrl = u"https://hall.example/t/20260302-A001"_s;
    t.notes = {u"绿色通道：老年人优先办理"_s};
    return t;
}

QString goldenPath(const QString &name)
{
    return QDir(qEnvironmentVariable("HALLQ_SOURCE_DIR")).filePath(u"tests/printer/golden/"_s + name);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// HALLQ_UPDATE_GOLDEN=1 rewrites the golden files (then read them and commit).
void checkGolden(const QString &name, const QByteArray &bytes)
{
    const test::EscPosDecoder::Result decoded = test::EscPosDecoder::decode(bytes);
    INFO(decoded.problems.join(u'\n').toStdString());
    CHECK(decoded.problems.isEmpty());
    if (qEnvironmentVariableIntValue("HALLQ_UPDATE_GOLDEN") == 1) {
        QFile bin(goldenPath(name + u".bin"_s));
        REQUIRE(bin.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bin.write(bytes);
        QFile txt(goldenPath(name + u".txt"_s));
        REQUIRE(txt.open(QIODevice::WriteOnly | QIODevice::Truncate));
        txt.write(decoded.text.toUtf8());
    }
    const QByteArray goldenText = readFile(goldenPath(name + u".txt"_s));
    REQUIRE_FALSE(goldenText.isEmpty());
    CHECK(decoded.text.toStdString() == goldenText.toStdString());
    CHECK(bytes == readFile(goldenPath(name + u".bin"_s)));
}

} // namespace

TEST_CASE("the 80 mm ticket matches its golden bytes and reads back as text", "[printer][builder]")
{
    EscPosTicketBuilder builder(TicketTemplate::builtin80mm());
    const QByteArray bytes = builder.build(sample());
    checkGolden(u"ticket-80mm"_s, bytes);

    const auto decoded = test::EscPosDecoder::decode(bytes);
    CHECK(decoded.lines.contains(u"A001"_s));
    CHECK(decoded.lines.contains(u"前面还有 3 人"_s));
    CHECK(decoded.lines.contains(u"预计等候约 12 分钟"_s));
    CHECK(decoded.lines.contains(u"取号时间：2026-03-02 09:15"_s));
    CHECK(decoded.lines.contains(u"绿色通道：老年人优先办理"_s));
    CHECK(decoded.qrPayloads == QStringList{u"https://hall.example/t/20260302-A001"_s});
    CHECK(decoded.cuts == 1);
    CHECK(decoded.text.contains(u"[c 4x4 B] A001"_s)); // the number large and centred
    // Starts with ESC @ FS &, ends with a partial cut.
    CHECK(bytes.startsWith(QByteArray("\x1b\x40\x1c\x26", 4)));
    CHECK(bytes.endsWith(QByteArray("\x1d\x56\x01", 3)));
}

TEST_CASE("the 58 mm ticket matches its golden bytes", "[printer][builder]")
{
    EscPosTicketBuilder builder(TicketTemplate::builtin58mm());
    checkGolden(u"ticket-58mm"_s, builder.build(sample()));
}

TEST_CASE("Chinese text is GB18030", "[printer][builder]")
{
    EscPosTicketBuilder builder;
    const QByteArray bytes = builder.build(sample());
    // 综合办事 in GB18030 (GBK range): D7 DB BA CF B0 EC CA C2
    CHECK(bytes.contains(QByteArray::fromHex("D7DBBACFB0ECCAC2")));
    CHECK_FALSE(bytes.contains(u"综合办事"_s.toUtf8()));
}

TEST_CASE("optional lines disappear when their data is missing", "[printer][builder]")
{
    EscPosTicketBuilder builder;
    TicketPrintData t = sample();
    t.estimatedWaitMinutes = -1;
    t.statusUrl.clear();
    t.notes.clear();
    const auto decoded = test::EscPosDecoder::decode(builder.build(t));
    CHECK(decoded.problems.isEmpty());
    CHECK(decoded.qrPayloads.isEmpty());
    for (const QString &line : decoded.lines) {
        CHECK_FALSE(line.contains(u"预计等候"_s));
        CHECK_FALSE(line.contains(u"扫码"_s));
    }
    CHECK(decoded.lines.contains(u"前面还有 3 人"_s));
}

TEST_CASE("data cannot smuggle printer commands or mis-encode the yen sign", "[printer][builder]")
{
    EscPosTicketBuilder builder;
    TicketPrintData t = sample();
    t.serviceName = u"综合\x1b\x40\x1d\x56\x01办事 ¥10"_s;
    const QByteArray bytes = builder.build(t);
    const auto decoded = test::EscPosDecoder::decode(bytes);
    CHECK(decoded.problems.isEmpty());
    CHECK(decoded.cuts == 1);
    CHECK(decoded.lines.contains(u"综合 @ V 办事 ￥10"_s));
}

TEST_CASE("long lines wrap to the paper width in display cells", "[printer][builder]")
{
    EscPosTicketBuilder builder(TicketTemplate::builtin58mm()); // 32 cells
    TicketPrintData t = sample();
    t.notes = {QString(40, u'办')}; // 80 cells
    const auto decoded = test::EscPosDecoder::decode(builder.build(t));
    CHECK(decoded.lines.contains(QString(16, u'办')));
    CHECK(decoded.lines.contains(QString(8, u'办')));
    for (const QString &line : decoded.lines)
        CHECK(EscPosTicketBuilder::displayWidth(line) <= 32);
    CHECK(EscPosTicketBuilder::displayWidth(u"A001 前面") == 9);
}

TEST_CASE("templates with mistakes are refused with a reason", "[printer][builder]")
{
    QString error;
    CHECK_FALSE(TicketTemplate::fromJson("[]", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(TicketTemplate::fromJson(R"({"columns":48,"blocks":[{"type":"text","text":"{nope}"}]})", &error));
    CHECK(error.contains(u"nope"_s));
    CHECK_FALSE(TicketTemplate::fromJson(R"({"columns":48,"blocks":[{"type":"text","text":"x","width":9}]})", &error));
    CHECK(error.contains(u"width"_s));
    CHECK_FALSE(TicketTemplate::fromJson(R"({"columns":48,"blocks":[{"type":"blink"}]})", &error));
    CHECK(error.contains(u"blink"_s));
    CHECK_FALSE(TicketTemplate::fromJson(R"({"columns":48,"blocks":[{"type":"text","text":"x","align":"middle"}]})", &error));
    CHECK(error.contains(u"align"_s));
    CHECK_FALSE(TicketTemplate::fromJson(R"({"columns":8,"blocks":[{"type":"cut"}]})", &error));
    CHECK_FALSE(TicketTemplate::load(u"/nonexistent/ticket.json"_s, &error));
    CHECK(error.contains(u"/nonexistent/ticket.json"_s));
}

TEST_CASE("a hall's own template file changes the layout", "[printer][builder]")
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"mine.json"_s));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"mine","columns":32,"blocks":[
        {"type":"text","text":"{ticketNumber} · {serviceName}","align":"right","width":2,"height":2},
        {"type":"cut"}]})");
    f.close();
    QString error;
    const auto t = TicketTemplate::load(f.fileName(), &error);
    REQUIRE(t);
    EscPosTicketBuilder builder(*t);
    const auto decoded = test::EscPosDecoder::decode(builder.build(sample()));
    CHECK(decoded.problems.isEmpty());
    CHECK(decoded.text.contains(u"[r 2x2] A001 · 综合办事"_s));
    CHECK(decoded.qrPayloads.isEmpty());
}

TEST_CASE("a QR code can be printed as a bitmap for printers without GS ( k", "[printer][builder]")
{
    QString error;
    auto layout = TicketTemplate::fromJson(R"({"name":"raster","columns":32,"blocks":[
        {"type":"text","text":"{ticketNumber}","align":"center","width":3,"height":3},
        {"type":"qr","data":"{statusUrl}","align":"center","moduleSize":16,"errorLevel":"Q","render":"raster"},
        {"type":"cut"}]})", &error);
    INFO(error.toStdString());
    REQUIRE(layout);
    EscPosTicketBuilder builder(*layout);
    const QByteArray bytes = builder.build(sample());
    const auto decoded = test::EscPosDecoder::decode(bytes);
    INFO(decoded.text.toStdString());
    CHECK(decoded.problems.isEmpty());
    CHECK(decoded.qrPayloads.isEmpty()); // no GS ( k
    REQUIRE(decoded.rasterQrModules.size() == 1);
    // The bitmap's modules are exactly libqrencode's symbol for the status link.
    CHECK(decoded.rasterQrModules[0] == test::EscPosDecoder::qrModules("https://hall.example/t/20260302-A001", 'Q'));
    CHECK(decoded.rasterQrModules[0] != test::EscPosDecoder::qrModules("https://hall.example/t/20260302-A002", 'Q'));
    // 58 mm paper is 384 dots: the module size shrinks so the symbol fits.
    CHECK(decoded.text.contains(u"modules of"_s));
    const qsizetype at = bytes.indexOf(QByteArray("\x1d\x76\x30", 3));
    REQUIRE(at >= 0);
    const int rowBytes = quint8(bytes[at + 4]) | (quint8(bytes[at + 5]) << 8);
    CHECK(rowBytes * 8 <= 384);
    CHECK_FALSE(TicketTemplate::fromJson(R"({"columns":32,"blocks":[{"type":"qr","render":"sixel"}]})", &error));
    CHECK(error.contains(u"render"_s));
}
