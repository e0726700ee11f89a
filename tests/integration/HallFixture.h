#pragma once

#include "support/ServerProcess.h"
#include "support/SessionDriver.h"

#include "client/HallMirror.h"

#include <catch2/catch.hpp>

namespace hallq::test {

// A running hallq-server with two counter staff, a supervisor, a kiosk and a
// display device, for the integration tests.
struct HallFixture
{
    ServerProcess server;
    QString kioskToken;
    QString displayToken;
    static inline const QString kPassword = QStringLiteral("correct horse 7");

    explicit HallFixture(bool startNow = true)
    {
        server.addStaff(QStringLiteral("c1"), QStringLiteral("王小明"), {QStringLiteral("counter")}, kPassword);
        server.addStaff(QStringLiteral("c2"), QStringLiteral("李芳"), {QStringLiteral("counter")}, kPassword);
        server.addStaff(QStringLiteral("sup"), QStringLiteral("张主任"),
                        {QStringLiteral("supervisor"), QStringLiteral("guide")}, kPassword);
        kioskToken = server.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        displayToken = server.addDevice(QStringLiteral("display"), QStringLiteral("display-1"));
        if (startNow)
            start();
    }

    void start()
    {
        const bool started = server.start();
        INFO(server.output().toStdString());
        REQUIRE(started);
    }

    std::unique_ptr<SessionDriver> staff(const QString &id)
    {
        auto driver = std::make_unique<SessionDriver>(server.wsUrl(), id, kPassword);
        REQUIRE(driver->startAndWait());
        return driver;
    }
    std::unique_ptr<SessionDriver> kiosk()
    {
        auto driver = std::make_unique<SessionDriver>(server.wsUrl(), kioskToken);
        REQUIRE(driver->startAndWait());
        return driver;
    }
    // A board whose mirror follows it from its very first snapshot.
    std::unique_ptr<SessionDriver> display(client::HallMirror *mirror = nullptr)
    {
        auto driver = std::make_unique<SessionDriver>(server.wsUrl(), displayToken);
        if (mirror)
            mirror->attach(driver->session.get());
        REQUIRE(driver->startAndWait());
        return driver;
    }
};

} // namespace hallq::test
