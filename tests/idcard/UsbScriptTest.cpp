// libusb against umockdev-run: a hand-written device description
// (data/*.umockdev) and an ioctl script per scenario, generated here from the
// frames the reader would exchange. The test re-runs this binary under
// umockdev-run with a hidden child test that opens the reader through
// UsbTransport and reports what it read.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "FakeSam.h"
#include "idcard/CardSession.h"
#include "idcard/UsbTransport.h"

using namespace hallq;
using namespace hallq::idcard;
using namespace Qt::StringLiterals;

namespace {

// One ioctl-script tree: each OUT URB (the request, matched byte for byte)
// with the IN URBs that answer it indented below, one per 64-byte packet.
class IoctlScript
{
public:
    explicit IoctlScript(int urbType) : m_type(urbType) {}
    void exchange(const QByteArray &request, const QByteArray &reply)
    {
        m_text += u"USBDEVFS_REAPURBNDELAY 0 %1 1 0 0 %2 %2 0 %3\n"_s.arg(m_type).arg(request.size())
                      .arg(QString::fromLatin1(request.toHex()));
        if (reply.isEmpty()) // the reader only ever answers with empty packets
            m_text += u" USBDEVFS_REAPURBNDELAY 0 %1 129 0 0 64 0 0 \n"_s.arg(m_type);
        for (qsizetype at = 0; at < reply.size(); at += 64) {
            const QByteArray packet = reply.mid(at, 64);
            m_text += u" USBDEVFS_REAPURBNDELAY 0 %1 129 0 0 64 %2 0 %3\n"_s.arg(m_type).arg(packet.size())
                          .arg(QString::fromLatin1(packet.toHex()));
        }
    }
    QByteArray text() const { return (u"@DEV /dev/bus/usb/001/002 (usbdevfs)\n"_s + m_text).toUtf8(); }

private:
    int m_type;
    QString m_text;
};

QByteArray request(SamCommand c)
{
    return QByteArray::fromHex(c == SamCommand::FindCard     ? "AAAAAA96690003200122"
                               : c == SamCommand::SelectCard ? "AAAAAA96690003200221"
                                                             : "AAAAAA96690003300132");
}

struct ChildResult
{
    QString find, read, masked, name, description;
    QString output;
};

ChildResult runUnderUmockdev(const QString &device, const IoctlScript &script)
{
    ChildResult r;
    QTemporaryDir dir;
    QFile ioctl(dir.filePath(u"reader.ioctl"_s));
    REQUIRE(ioctl.open(QIODevice::WriteOnly));
    ioctl.write(script.text());
    ioctl.close();
    const QString umockdevRun = QStandardPaths::findExecutable(u"umockdev-run"_s);
    REQUIRE_FALSE(umockdevRun.isEmpty());
    const QString description = QDir(qEnvironmentVariable("HALLQ_SOURCE_DIR")).filePath(u"tests/idcard/data/"_s + device);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(umockdevRun, {u"-d"_s, description, u"-i"_s, u"/dev/bus/usb/001/002="_s + ioctl.fileName(), u"--"_s,
                          QCoreApplication::applicationFilePath(), u"usb child: one exchange"_s});
    REQUIRE(p.waitForFinished(30000));
    r.output = QString::fromUtf8(p.readAll());
    INFO(r.output.toStdString());
    REQUIRE(p.exitCode() == 0);
    for (const QString &line : r.output.split(u'\n')) {
        if (line.startsWith(u"RESULT "_s)) {
            const QStringList f = line.mid(7).split(u'|');
            REQUIRE(f.size() == 5);
            r.description = f[0], r.find = f[1], r.read = f[2], r.masked = f[3], r.name = f[4];
        }
    }
    REQUIRE_FALSE(r.find.isEmpty());
    return r;
}

} // namespace

// The child: runs only under umockdev-run (hidden from the normal run).
TEST_CASE("usb child: one exchange", "[.usbchild]")
{
    REQUIRE(qEnvironmentVariableIsSet("UMOCKDEV_DIR"));
    UsbTransport transport;
    const ReaderError opened = transport.open();
    INFO(opened.detail.toStdString());
    REQUIRE_FALSE(opened);
    const ReaderError find = CardSession::findCard(transport, 400);
    IdentityCard card;
    ReaderError read = ReaderError::make(ReaderErrorCode::NoCard);
    if (!find)
        read = CardSession::readCard(transport, 400, QDate(2026, 3, 2), &card);
    // Only masked data leaves the child; the name proves the text decoded.
    printf("RESULT %s|%s|%s|%s|%s\n", qPrintable(transport.description()), qPrintable(find.key()),
           qPrintable(read.key()), qPrintable(card.masked()), card.name.toUtf8().constData());
    fflush(stdout);
    transport.close();
}

TEST_CASE("umockdev: a card is found, selected and read over USB bulk endpoints", "[idcard][usb]")
{
    IoctlScript s(3);
    const IdentityCard card = test::FakeSam::sampleCard();
    s.exchange(request(SamCommand::FindCard), test::FakeSam::replyFrame(0x9f, QByteArray(4, '\0')));
    s.exchange(request(SamCommand::SelectCard), test::FakeSam::replyFrame(0x90, QByteArray(8, '\0')));
    s.exchange(request(SamCommand::ReadText), test::FakeSam::readReply(card));
    const ChildResult r = runUnderUmockdev(u"reader-0400-c35a.umockdev"_s, s);
    INFO(r.output.toStdString());
    CHECK(r.description == u"USB 0400:c35a"_s);
    CHECK(r.find == u"none"_s);
    CHECK(r.read == u"none"_s);
    CHECK(r.masked == u"430224********1238"_s);
    CHECK(r.name == u"张三"_s);
}

TEST_CASE("umockdev: the same over interrupt endpoints (0316:5020)", "[idcard][usb]")
{
    IoctlScript s(1);
    s.exchange(request(SamCommand::FindCard), test::FakeSam::replyFrame(0x9f, QByteArray(4, '\0')));
    s.exchange(request(SamCommand::SelectCard), test::FakeSam::replyFrame(0x90, QByteArray(8, '\0')));
    s.exchange(request(SamCommand::ReadText), test::FakeSam::readReply(test::FakeSam::sampleCard()));
    const ChildResult r = runUnderUmockdev(u"reader-0316-5020.umockdev"_s, s);
    INFO(r.output.toStdString());
    CHECK(r.description == u"USB 0316:5020"_s);
    CHECK(r.read == u"none"_s);
    CHECK(r.masked == u"430224********1238"_s);
}

TEST_CASE("umockdev: no card on the reader", "[idcard][usb]")
{
    IoctlScript s(3);
    s.exchange(request(SamCommand::FindCard), test::FakeSam::replyFrame(0x80));
    const ChildResult r = runUnderUmockdev(u"reader-0400-c35a.umockdev"_s, s);
    INFO(r.output.toStdString());
    CHECK(r.find == u"no-card"_s);
    CHECK(r.masked.isEmpty());
}

TEST_CASE("umockdev: a read reply with a corrupted checksum", "[idcard][usb]")
{
    IoctlScript s(3);
    QByteArray corrupt = test::FakeSam::readReply(test::FakeSam::sampleCard());
    corrupt[600] = char(corrupt[600] ^ 0x10);
    s.exchange(request(SamCommand::FindCard), test::FakeSam::replyFrame(0x9f, QByteArray(4, '\0')));
    s.exchange(request(SamCommand::SelectCard), test::FakeSam::replyFrame(0x90, QByteArray(8, '\0')));
    s.exchange(request(SamCommand::ReadText), corrupt);
    const ChildResult r = runUnderUmockdev(u"reader-0400-c35a.umockdev"_s, s);
    INFO(r.output.toStdString());
    CHECK(r.find == u"none"_s);
    CHECK(r.read == u"bad-checksum"_s);
    CHECK(r.masked.isEmpty());
}

TEST_CASE("umockdev: a reply that never comes times out", "[idcard][usb]")
{
    IoctlScript s(3);
    s.exchange(request(SamCommand::FindCard), QByteArray()); // the request goes out, nothing answers
    QElapsedTimer clock;
    clock.start();
    const ChildResult r = runUnderUmockdev(u"reader-0400-c35a.umockdev"_s, s);
    INFO(r.output.toStdString());
    CHECK(r.find == u"timeout"_s);
    CHECK(clock.elapsed() >= 400); // the child waited its 400 ms before giving up
}
