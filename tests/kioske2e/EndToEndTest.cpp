// The kiosk end to end, with real parts only: the real hallq-server, a private
// cupsd whose capture backend keeps every job's bytes, and a USB ID-card
// reader emulated by umockdev (libusb sees a device; FakeSam answers its
// frames). The kiosk side runs in a child process under umockdev-wrapper;
// cupsd stays outside the preload, in the parent.
//
//   card swipe → ticket issued → ESC/POS bytes in the capture = the issued ticket
//   paper out  → on-screen ticket, journaled, supervisor alerts
//   server down → paused, nothing printed; back → prints again
#include "CupsdFixture.h"
#include "EscPosDecoder.h"
#include "FakeSam.h"
#include "UmockdevReader.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "core/CardReaderLink.h"
#include "core/DeviceReporter.h"
#include "core/DriverReceiptPrinter.h"
#include "core/KioskController.h"
#include "idcard/ReaderFactory.h"
#include "printer/PrinterFactory.h"
#include "protocol/Protocol.h"
#include "support/ServerProcess.h"
#include "support/SessionDriver.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hallq;
using namespace hallq::kiosk;
using namespace Qt::StringLiterals;
using Screen = KioskController::Screen;

#define E2E_WAIT(cond) REQUIRE(QTest::qWaitFor([&] { return bool(cond); }, 15000))

namespace {

const QString kQueue = u"Receipt80"_s;
const QString kPassword = u"correct horse 7"_s;

QStringList capturedJobs(const QString &dir)
{
    return QDir(dir).entryList({u"job-*.bin"_s}, QDir::Files, QDir::Name);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The kiosk as hallq-kiosk wires it, minus the screens: session, mirror,
// controller, the CUPS printer of the parent's cupsd, the umockdev USB reader.
struct KioskUnderTest
{
    test::FakeSam sam;
    test::UmockdevReader device{sam};
    test::ServerProcess server;
    QString kioskToken;
    client::HallSession session;
    client::HallMirror mirror;
    std::unique_ptr<KioskController> controller;
    DriverReceiptPrinter *printer = nullptr;
    std::unique_ptr<DriverReceiptPrinter> printerOwner;
    std::unique_ptr<idcard::IdCardReader> reader;
    std::unique_ptr<CardReaderLink> link;
    std::unique_ptr<DeviceReporter> devices;
    QString captureDir = qEnvironmentVariable("HALLQ_E2E_CAPTURE");

    KioskUnderTest()
    {
        REQUIRE(qEnvironmentVariableIsSet("LD_PRELOAD")); // under umockdev-wrapper
        QString error;
        INFO(error.toStdString());
        REQUIRE(device.plug(&error));
        server.addStaff(u"sup"_s, u"张主任"_s, {u"supervisor"_s}, kPassword);
        kioskToken = server.addDevice(u"kiosk"_s, u"kiosk-1"_s);
        const bool started = server.start();
        INFO(server.output().toStdString());
        REQUIRE(started);

        session.setServerUrl(server.wsUrl());
        session.setDeviceToken(kioskToken);
        session.backoff().setRange(std::chrono::milliseconds(50), std::chrono::milliseconds(300));
        session.setRequestTimeout(std::chrono::milliseconds(5000));
        mirror.attach(&session);
        controller = std::make_unique<KioskController>(session, mirror);
        controller->setServerUrl(server.wsUrl());
        controller->reporter().setRetryInterval(100);

        printer::PrinterSpec spec;
        spec.kind = printer::PrinterSpec::Kind::Cups;
        spec.destination = kQueue;
        spec.cupsServer = qEnvironmentVariable("HALLQ_E2E_CUPS");
        printerOwner = std::make_unique<DriverReceiptPrinter>(printer::PrinterFactory::createTicketPrinter(spec));
        printerOwner->setSubmitTimeout(8000);
        printer = printerOwner.get();
        controller->setPrinter(printer);

        idcard::PollingOptions options;
        options.pollIntervalMs = 20;
        options.reconnectIntervalMs = 100;
        options.replyTimeoutMs = 500;
        reader = idcard::ReaderFactory::create(idcard::ReaderSpec::parse(u"usb:0400:C35A"_s, &error), options);
        REQUIRE(reader);
        link = std::make_unique<CardReaderLink>(*reader, *controller);
        devices = std::make_unique<DeviceReporter>(session, *controller);
        reader->start();
        session.start();
        E2E_WAIT(controller->screen() == Screen::Home);
        E2E_WAIT(controller->readerState() == KioskController::ReaderState::Connected);
    }

    ~KioskUnderTest()
    {
        reader->stop();
        session.stop();
    }

    // The citizen chooses a real-name service, then puts the card on the reader.
    void swipeFor(const QString &serviceId)
    {
        controller->chooseService(serviceId);
        REQUIRE(controller->screen() == Screen::CardPrompt);
        sam.place(test::FakeSam::sampleCard());
        E2E_WAIT(controller->screen() == Screen::Ticket || controller->screen() == Screen::Refusal);
        INFO(controller->refusalText().toStdString());
        REQUIRE(controller->screen() == Screen::Ticket);
    }
};

// Runs one hidden child test case of this binary under umockdev-wrapper.
QString runChild(const QString &testName, test::CupsdFixture &cups)
{
    const QString wrapper = QStandardPaths::findExecutable(u"umockdev-wrapper"_s);
    REQUIRE_FALSE(wrapper.isEmpty());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HALLQ_E2E_CUPS"_s, cups.socketPath());
    env.insert(u"HALLQ_E2E_CAPTURE"_s, cups.captureDir(kQueue));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(wrapper, {QCoreApplication::applicationFilePath(), testName});
    REQUIRE(p.waitForFinished(90000));
    const QString output = QString::fromUtf8(p.readAll());
    INFO(output.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(output.contains(u"CHILD-OK"_s));
    return output;
}

struct Cupsd
{
    test::CupsdFixture cups;
    Cupsd()
    {
        QString error;
        const bool started = cups.start(&error);
        INFO(error.toStdString() << cups.errorLog().toStdString());
        REQUIRE(started);
        REQUIRE(cups.addCaptureQueue(kQueue, &error));
    }
};

} // namespace

// ------------------------------------------------------------------ children

TEST_CASE("e2e child: swipe and print", "[.e2echild]")
{
    KioskUnderTest k;
    REQUIRE(capturedJobs(k.captureDir).isEmpty());
    k.swipeFor(u"accept"_s);
    const auto issued = k.controller->lastTicket();
    REQUIRE(issued.has_value());
    CHECK(issued->ticket.identityMasked == u"430224********1238"_s);
    E2E_WAIT(k.controller->printState() == KioskController::PrintState::Printed);

    // Exactly one job, and its bytes are the issued ticket's.
    E2E_WAIT(capturedJobs(k.captureDir).size() == 1);
    const QByteArray captured = readFile(k.captureDir + u"/"_s + capturedJobs(k.captureDir).constFirst());
    const QByteArray expected = k.printer->bytesFor(k.controller->receiptFor(*issued));
    CHECK(captured == expected);
    const auto decoded = test::EscPosDecoder::decode(captured);
    INFO(decoded.text.toStdString());
    CHECK(decoded.problems.isEmpty());
    CHECK(decoded.lines.join(u"\n"_s).contains(issued->ticket.number));
    CHECK(decoded.lines.join(u"\n"_s).contains(u"综合受理"_s));
    CHECK_FALSE(decoded.lines.join(u"\n"_s).contains(u"430224199003071238"_s)); // never the full number
    REQUIRE(decoded.qrPayloads.size() == 1);
    CHECK(decoded.qrPayloads[0] == k.server.httpUrl().toString(QUrl::StripTrailingSlash) + issued->statusUrlPath);
    CHECK(decoded.cuts == 1);

    // The server heard it was printed.
    E2E_WAIT(k.controller->pendingReports() == 0);
    test::SessionDriver sup(k.server.wsUrl(), u"sup"_s, kPassword);
    REQUIRE(sup.startAndWait());
    const auto alerts = sup.ok(protocol::AlertListRequest{true, 200, 0});
    CHECK(alerts.alerts.isEmpty());
    printf("CHILD-OK\n");
    fflush(stdout);
}

TEST_CASE("e2e child: paper out", "[.e2echild]")
{
    KioskUnderTest k;
    k.swipeFor(u"accept"_s);
    const auto issued = k.controller->lastTicket();
    REQUIRE(issued.has_value());
    E2E_WAIT(k.controller->printState() == KioskController::PrintState::Failed);
    // On screen, with the reason, still the server's ticket.
    CHECK(k.controller->screen() == Screen::Ticket);
    CHECK(k.controller->ticket().value(u"number"_s).toString() == issued->ticket.number);
    CHECK(k.controller->printProblem() == u"The printer is out of paper"_s);
    E2E_WAIT(k.controller->pendingReports() == 0);
    CHECK(k.printer->state() == PrinterState::PaperOut);

    // The supervisor sees the on-screen ticket and the printer out of paper.
    test::SessionDriver sup(k.server.wsUrl(), u"sup"_s, kPassword);
    REQUIRE(sup.startAndWait());
    bool ticketAlert = false, printerAlert = false;
    REQUIRE(QTest::qWaitFor([&] {
        const auto list = sup.ok(protocol::AlertListRequest{true, 200, 0});
        for (const auto &a : list.alerts) {
            ticketAlert = ticketAlert || (a.kind == u"printer"_s && a.subject == u"ticket:%1"_s.arg(issued->ticket.id));
            printerAlert = printerAlert || (a.kind == u"printer"_s && a.subject == u"kiosk-1"_s && a.level == u"red"_s);
        }
        return ticketAlert && printerAlert;
    }, 15000));
    printf("CHILD-OK\n");
    fflush(stdout);
}

TEST_CASE("e2e child: server down", "[.e2echild]")
{
    KioskUnderTest k;
    k.server.setPort(k.server.port());
    REQUIRE(k.server.stop());
    E2E_WAIT(k.controller->screen() == Screen::Paused);
    // A card on the reader while paused is read, and dropped: nothing is kept, issued or printed.
    QSignalSpy read(k.reader.get(), &idcard::IdCardReader::cardRead);
    QSignalSpy removed(k.reader.get(), &idcard::IdCardReader::cardRemoved);
    k.sam.place(test::FakeSam::sampleCard());
    E2E_WAIT(read.count() == 1); // the kiosk's own handler ran first (connected earlier)
    CHECK_FALSE(k.controller->holdsPersonalData());
    CHECK(k.controller->screen() == Screen::Paused);
    CHECK(capturedJobs(k.captureDir).isEmpty());
    k.sam.lift();
    E2E_WAIT(removed.count() == 1);

    REQUIRE(k.server.start());
    E2E_WAIT(k.controller->screen() == Screen::Home);
    k.swipeFor(u"accept"_s);
    E2E_WAIT(k.controller->printState() == KioskController::PrintState::Printed);
    E2E_WAIT(capturedJobs(k.captureDir).size() == 1);
    printf("CHILD-OK\n");
    fflush(stdout);
}

// ------------------------------------------------------------------ parents

TEST_CASE("kiosk end to end: a card swipe prints exactly the issued ticket", "[kiosk][e2e]")
{
    Cupsd c;
    runChild(u"e2e child: swipe and print"_s, c.cups);
    CHECK(capturedJobs(c.cups.captureDir(kQueue)).size() == 1);
}

TEST_CASE("kiosk end to end: paper out gives an on-screen ticket and alerts", "[kiosk][e2e]")
{
    Cupsd c;
    c.cups.setFault(kQueue, u"media-empty-error"_s);
    runChild(u"e2e child: paper out"_s, c.cups);
    CHECK(capturedJobs(c.cups.captureDir(kQueue)).isEmpty());
}

TEST_CASE("kiosk end to end: server down pauses the kiosk and nothing prints", "[kiosk][e2e]")
{
    Cupsd c;
    runChild(u"e2e child: server down"_s, c.cups);
}
