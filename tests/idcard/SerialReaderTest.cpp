#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakeSam.h"
#include "PtyReader.h"
#include "idcard/ReaderFactory.h"

using namespace hallq;
using namespace hallq::idcard;
using namespace Qt::StringLiterals;

namespace {

PollingOptions fastPolling()
{
    PollingOptions o;
    o.pollIntervalMs = 20;
    o.reconnectIntervalMs = 100;
    o.replyTimeoutMs = 300;
    o.removalMisses = 2;
    o.timeoutsBeforeReconnect = 2;
    return o;
}

struct SerialRig
{
    QTemporaryDir dir;
    test::FakeSam sam;
    test::PtyReader pty{sam, dir.filePath(u"ttyREADER"_s)};
    std::unique_ptr<IdCardReader> reader;
    std::unique_ptr<QSignalSpy> read, removed, connected, disconnected, errors;

    SerialRig()
    {
        QString error;
        REQUIRE(pty.plug(&error));
        reader = ReaderFactory::create(ReaderSpec::parse(u"serial:"_s + pty.link(), &error), fastPolling());
        REQUIRE(reader);
        read = std::make_unique<QSignalSpy>(reader.get(), &IdCardReader::cardRead);
        removed = std::make_unique<QSignalSpy>(reader.get(), &IdCardReader::cardRemoved);
        connected = std::make_unique<QSignalSpy>(reader.get(), &IdCardReader::readerConnected);
        disconnected = std::make_unique<QSignalSpy>(reader.get(), &IdCardReader::readerDisconnected);
        errors = std::make_unique<QSignalSpy>(reader.get(), &IdCardReader::error);
        reader->start();
        REQUIRE(connected->wait(5000));
        CHECK(reader->isConnected());
    }
    ~SerialRig() { reader->stop(); }

    // Lets the reader poll a few more times, so a missing debounce would show.
    void pollMore(int polls)
    {
        const int target = sam.requests() + polls;
        const bool polled = QTest::qWaitFor([&] { return sam.requests() >= target; }, 5000);
        REQUIRE(polled);
    }
};

} // namespace

TEST_CASE("a card on a serial reader is read once while it stays and its removal is noticed", "[idcard][serial]")
{
    SerialRig rig;
    rig.pollMore(3);
    CHECK(rig.read->isEmpty());
    rig.sam.place(test::FakeSam::sampleCard());
    REQUIRE(QTest::qWaitFor([&] { return rig.read->count() == 1; }, 5000));
    const auto card = rig.read->at(0).at(0).value<IdentityCard>();
    CHECK(card == test::FakeSam::sampleCard());
    CHECK_FALSE(card.simulated);

    rig.pollMore(10);
    CHECK(rig.read->count() == 1); // debounced
    CHECK(rig.sam.reads() == 1);   // and not even read again
    CHECK(rig.removed->isEmpty());

    rig.sam.lift();
    REQUIRE(QTest::qWaitFor([&] { return rig.removed->count() == 1; }, 5000));
    rig.sam.place(test::FakeSam::sampleCard());
    REQUIRE(QTest::qWaitFor([&] { return rig.read->count() == 2; }, 5000));
    CHECK(rig.errors->isEmpty());
}

TEST_CASE("a corrupted read is reported once as bad checksum and a good read follows", "[idcard][serial]")
{
    SerialRig rig;
    rig.sam.setFault(test::FakeSam::Fault::CorruptReadChecksum);
    rig.sam.place(test::FakeSam::sampleCard());
    REQUIRE(QTest::qWaitFor([&] { return rig.errors->count() >= 1; }, 5000));
    rig.pollMore(10);
    CHECK(rig.errors->count() == 1); // said once, not every poll
    CHECK(rig.errors->at(0).at(0).value<ReaderError>().code == ReaderErrorCode::BadChecksum);
    CHECK(rig.read->isEmpty());
    CHECK(rig.sam.reads() > 1); // it kept trying

    rig.sam.setFault(test::FakeSam::Fault::None);
    REQUIRE(QTest::qWaitFor([&] { return rig.read->count() == 1; }, 5000));
}

TEST_CASE("a serial reader that stops answering times out, reconnects and reads again", "[idcard][serial]")
{
    SerialRig rig;
    rig.sam.setFault(test::FakeSam::Fault::NoReply);
    REQUIRE(QTest::qWaitFor([&] { return rig.disconnected->count() == 1; }, 5000));
    REQUIRE(rig.errors->count() >= 1);
    CHECK(rig.errors->at(0).at(0).value<ReaderError>().code == ReaderErrorCode::Timeout);
    CHECK_FALSE(rig.reader->isConnected());

    rig.sam.setFault(test::FakeSam::Fault::None);
    rig.sam.place(test::FakeSam::sampleCard());
    REQUIRE(QTest::qWaitFor([&] { return rig.read->count() == 1; }, 5000));
    CHECK(rig.connected->count() == 2);
    CHECK(rig.reader->isConnected());
}

TEST_CASE("unplugging the serial reader and plugging it back needs no restart", "[idcard][serial]")
{
    SerialRig rig;
    rig.sam.place(test::FakeSam::sampleCard());
    REQUIRE(QTest::qWaitFor([&] { return rig.read->count() == 1; }, 5000));

    rig.pty.unplug();
    REQUIRE(QTest::qWaitFor([&] { return rig.disconnected->count() == 1; }, 5000));
    CHECK(rig.removed->count() == 1); // the card went with the reader

    QString error;
    REQUIRE(rig.pty.plug(&error));
    REQUIRE(QTest::qWaitFor([&] { return rig.connected->count() == 2; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return rig.read->count() == 2; }, 5000));
}

TEST_CASE("a serial path that does not exist is reported as device not found", "[idcard][serial]")
{
    QString error;
    auto reader = ReaderFactory::create(ReaderSpec::parse(u"serial:/dev/hallq-no-such-tty"_s, &error), fastPolling());
    QSignalSpy errors(reader.get(), &IdCardReader::error);
    reader->start();
    REQUIRE(errors.wait(5000));
    CHECK(errors.at(0).at(0).value<ReaderError>().code == ReaderErrorCode::DeviceNotFound);
    CHECK_FALSE(reader->isConnected());
    reader->stop();
}
