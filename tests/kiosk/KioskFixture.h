#pragma once

#include "TestPrinter.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "core/KioskController.h"
#include "protocol/IdNumber.h"
#include "support/ServerProcess.h"
#include "support/SessionDriver.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QTest>
#include <memory>

namespace hallq::kiosk::test {

// Waits on a condition with the event loop running; fails the test on timeout.
#define KIOSK_WAIT(cond) REQUIRE(QTest::qWaitFor([&] { return bool(cond); }, 10000))

// A valid 18-character ID number (GB 11643 check character) born on `birth`.
inline QString makeIdNumber(QDate birth, const QString &sequence = QStringLiteral("123"))
{
    const QString first17 = QStringLiteral("430224") + birth.toString(QStringLiteral("yyyyMMdd")) + sequence;
    return first17 + protocol::IdNumber::checkCharacter(first17);
}

inline QString elderlyId()
{
    return makeIdNumber(QDate::currentDate().addYears(-72));
}
inline QString youngId(const QString &sequence = QStringLiteral("123"))
{
    return makeIdNumber(QDate::currentDate().addYears(-30), sequence);
}

// The real hallq-server (Chaling hall, every service issuing at any hour
// unless `edit` says otherwise) and a kiosk controller connected to it as a
// kiosk device, printing on a TestPrinter.
struct KioskFixture
{
    hallq::test::ServerProcess server;
    QString kioskToken;
    static inline const QString kPassword = QStringLiteral("correct horse 7");
    std::unique_ptr<client::HallSession> session = std::make_unique<client::HallSession>();
    std::unique_ptr<client::HallMirror> mirror = std::make_unique<client::HallMirror>();
    TestPrinter printer;
    std::unique_ptr<KioskController> controller;

    explicit KioskFixture(const std::function<void(QJsonObject &)> &editHall = {})
    {
        server.addStaff(QStringLiteral("c1"), QStringLiteral("王小明"), {QStringLiteral("counter")}, kPassword);
        server.addStaff(QStringLiteral("g1"), QStringLiteral("刘导办"), {QStringLiteral("guide")}, kPassword);
        server.addStaff(QStringLiteral("sup"), QStringLiteral("张主任"), {QStringLiteral("supervisor")}, kPassword);
        kioskToken = server.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        if (editHall)
            server.writeHall(editHall);
        const bool started = server.start();
        INFO(server.output().toStdString());
        REQUIRE(started);
        session->setServerUrl(server.wsUrl());
        session->setDeviceToken(kioskToken);
        session->setClientInfo(QStringLiteral("hallq-kiosk"), QStringLiteral("test"));
        session->backoff().setRange(std::chrono::milliseconds(50), std::chrono::milliseconds(300));
        session->setRequestTimeout(std::chrono::milliseconds(5000));
        mirror->attach(session.get());
        controller = std::make_unique<KioskController>(*session, *mirror);
        controller->setPrinter(&printer);
        controller->setServerUrl(server.wsUrl());
        controller->reporter().setRetryInterval(100);
        controller->setReaderState(KioskController::ReaderState::Connected);
        session->start();
        KIOSK_WAIT(controller->screen() == KioskController::Screen::Home);
    }

    ~KioskFixture()
    {
        controller.reset();
        session->stop();
    }

    std::unique_ptr<hallq::test::SessionDriver> staff(const QString &id)
    {
        auto driver = std::make_unique<hallq::test::SessionDriver>(server.wsUrl(), id, kPassword);
        REQUIRE(driver->startAndWait());
        return driver;
    }

    // Journal entries (type, detail JSON) the server recorded for a ticket.
    QList<std::pair<QString, QJsonObject>> journal(qint64 ticketId) const;
    // Takes a ticket for `serviceId` through the controller and returns it as shown.
    QVariantMap take(const QString &serviceId);
};

} // namespace hallq::kiosk::test
