// The server refuses to start on a bad configuration, says exactly what is
// wrong, and touches nothing on disk.
#include "HallFixture.h"

#include <QDir>
#include <QJsonArray>

using namespace hallq;
using namespace hallq::test;

TEST_CASE("a bad hall file stops the server before anything is created", "[integration][config]")
{
    ServerProcess server;
    server.writeHall([](QJsonObject &hall) {
        QJsonArray windows = hall.value(QStringLiteral("windows")).toArray();
        QJsonObject first = windows.at(0).toObject();
        QJsonArray profile = first.value(QStringLiteral("profile")).toArray();
        QJsonObject entry = profile.at(0).toObject();
        entry.insert(QStringLiteral("service"), QStringLiteral("no-such-service"));
        profile.replace(0, entry);
        first.insert(QStringLiteral("profile"), profile);
        windows.replace(0, first);
        hall.insert(QStringLiteral("windows"), windows);
    });
    const QString dataDir = server.dataDir() + QStringLiteral("/never-created");
    server.setExtraArguments({QStringLiteral("--data-dir"), dataDir});
    CHECK_FALSE(server.start(10000));
    REQUIRE(QTest::qWaitFor([&] { return !server.isRunning(); }, 10000));
    CHECK(server.exitCode() == 2);
    const QString output = server.output();
    INFO(output.toStdString());
    CHECK(output.contains(QStringLiteral("test-hall.json")));
    CHECK(output.contains(QStringLiteral("windows[window 1].profile[0].service")));
    CHECK(output.contains(QStringLiteral("no-such-service")));
    CHECK_FALSE(QDir(dataDir).exists());
}

TEST_CASE("the port in use is reported and the server exits", "[integration][config]")
{
    HallFixture hall;
    ServerProcess second;
    second.setPort(hall.server.port());
    CHECK_FALSE(second.start(10000));
    REQUIRE(QTest::qWaitFor([&] { return !second.isRunning(); }, 10000));
    CHECK(second.exitCode() == 2);
    CHECK(second.output().contains(QStringLiteral("cannot listen")));
}
