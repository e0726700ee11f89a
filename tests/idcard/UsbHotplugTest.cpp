#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "FakeSam.h"
#include "UmockdevReader.h"
#include "idcard/ReaderFactory.h"

using namespace hallq;
using namespace hallq::idcard;
using namespace Qt::StringLiterals;

#ifdef HALLQ_HAVE_UMOCKDEV

// The child: runs only under umockdev-wrapper (hidden from the normal run).
TEST_CASE("usb child: unplug and replug", "[.usbchild]")
{
    REQUIRE(qEnvironmentVariableIsSet("LD_PRELOAD"));
    test::FakeSam sam;
    test::UmockdevReader device(sam);
    QString error;
    INFO(error.toStdString());
    REQUIRE(device.plug(&error));

    PollingOptions options;
    options.pollIntervalMs = 20;
    options.reconnectIntervalMs = 100;
    options.replyTimeoutMs = 500;
    auto reader = ReaderFactory::create(ReaderSpec::parse(u"usb:0400:C35A"_s, &error), options);
    QSignalSpy read(reader.get(), &IdCardReader::cardRead);
    QSignalSpy removed(reader.get(), &IdCardReader::cardRemoved);
    QSignalSpy connected(reader.get(), &IdCardReader::readerConnected);
    QSignalSpy disconnected(reader.get(), &IdCardReader::readerDisconnected);
    QSignalSpy errors(reader.get(), &IdCardReader::error);
    sam.place(test::FakeSam::sampleCard());
    reader->start();
    REQUIRE(QTest::qWaitFor([&] { return read.count() == 1; }, 10000));
    CHECK(connected.count() == 1);
    CHECK(read.at(0).at(0).value<IdentityCard>().masked() == u"430224********1238"_s);

    device.unplug();
    REQUIRE(QTest::qWaitFor([&] { return disconnected.count() == 1; }, 10000));
    CHECK(removed.count() == 1);
    CHECK_FALSE(reader->isConnected());
    // While it is gone, reopening finds nothing: reported once as device-not-found.
    REQUIRE(QTest::qWaitFor([&] {
        for (const auto &e : errors)
            if (e.at(0).value<ReaderError>().code == ReaderErrorCode::DeviceNotFound)
                return true;
        return false;
    }, 10000));

    REQUIRE(device.plug(&error));
    REQUIRE(QTest::qWaitFor([&] { return connected.count() == 2; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return read.count() == 2; }, 10000));
    CHECK(reader->isConnected());
    reader->stop();
    printf("CHILD-OK\n");
    fflush(stdout);
}

TEST_CASE("umockdev: a USB reader unplugged and plugged back is used again without a restart", "[idcard][usb]")
{
    const QString wrapper = QStandardPaths::findExecutable(u"umockdev-wrapper"_s);
    REQUIRE_FALSE(wrapper.isEmpty());
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(wrapper, {QCoreApplication::applicationFilePath(), u"usb child: unplug and replug"_s});
    REQUIRE(p.waitForFinished(60000));
    const QString output = QString::fromUtf8(p.readAll());
    INFO(output.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(output.contains(u"CHILD-OK"_s));
    CHECK(output.contains(u"reader lost"_s));
    CHECK_FALSE(output.contains(u"CRITICAL"_s));
    CHECK_FALSE(output.contains(u"WARNING"_s));
}

#endif
