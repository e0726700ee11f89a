// The server's own settings: defaults in one place, the shipped file, broken
// files refused with the entry named, relative paths resolved.
#include "ConfigFixtures.h"
#include "QtPrinting.h"

#include "config/HallConfigLoader.h"
#include "config/ServerSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hallq::config;
using namespace hallq::config::test;

namespace {

const QString kSettingsLabel = u"etc/server.json"_s;

ServerSettings expectSettings(const ServerSettings::Result &result)
{
    if (const auto *errors = std::get_if<ConfigErrors>(&result))
        FAIL(errors->toString().toStdString());
    return std::get<ServerSettings>(result);
}

struct BrokenSetting
{
    const char *json;
    const char *path;
    const char *fragment;
};

const BrokenSetting kBrokenSettings[] = {
    {R"({"port": 70000})", "port", "from 1 to 65535"},
    {R"({"port": "8470"})", "port", "whole number"},
    {R"({"listenAddress": "999.1.1.1"})", "listenAddress", "not an IP address"},
    {R"({"listenAddress": "hall.local"})", "listenAddress", "not an IP address"},
    {R"({"dataDir": ""})", "dataDir", "must not be empty"},
    {R"({"prot": 8470})", "prot", "not a known field"},
    {R"({"publicBaseUrl": "ftp://queue.example"})", "publicBaseUrl", "http:// or https://"},
    {R"({"retentionDays": 0})", "retentionDays", "from 1 to 3650"},
    {R"({"authFailureDelayMs": -5})", "authFailureDelayMs", "from 0 to 60000"},
    {R"({"limits": {"maxFrameBytes": "big"}})", "limits.maxFrameBytes", "whole number"},
    {R"({"limits": {"maxStringLength": 4096, "maxFrameBytes": 2048}})", "limits.maxStringLength",
     "less than maxFrameBytes (2048)"},
    {R"({"limits": {"burts": 10}})", "limits.burts", "not a known field"},
    {R"({"tls": {"certificateFile": "no-such.crt", "keyFile": "no-such.key"}})", "tls.certificateFile",
     "does not exist"},
    {R"({"tls": {"certificateFile": "x.crt"}})", "tls.keyFile", "is missing"},
    {R"({"tls": true})", "tls", "must be an object"},
};

} // namespace

TEST_CASE("server settings defaults live in one place")
{
    const ServerSettings defaults;
    CHECK(defaults.listenAddress == u"127.0.0.1"_s);
    CHECK(defaults.port == 8470);
    CHECK(defaults.dataDir == u"var"_s);
    CHECK(defaults.hallConfigPath == u"resources/halls/chaling.json"_s);
    CHECK_FALSE(defaults.tls.has_value());
    CHECK(defaults.identityKeyPath() == u"var/identity.key"_s);
    CHECK(defaults.databasePath() == u"var/hallq.sqlite"_s);
    CHECK(defaults.limits.maxFrameBytes == 65536);
    CHECK(defaults.limits.messagesPerSecond == 50);
    CHECK(defaults.limits.burst == 100);
    CHECK(defaults.limits.maxConnections == 5000);
    CHECK(defaults.limits.maxStringLength == 256);
    CHECK(defaults.retentionDays == 30);
}

TEST_CASE("an empty settings file gives the defaults")
{
    const ServerSettings loaded = expectSettings(ServerSettings::loadFromJson("{}", kSettingsLabel, u"/srv/hallq"_s));
    const ServerSettings defaults;
    CHECK(loaded.port == defaults.port);
    CHECK(loaded.listenAddress == defaults.listenAddress);
    CHECK(loaded.dataDir == defaults.dataDir);
    CHECK(loaded.limits.burst == defaults.limits.burst);
    // The default hall path, like any path in a file, resolves against the file's folder.
    CHECK(loaded.hallConfigPath == u"/srv/hallq/resources/halls/chaling.json"_s);
    CHECK(loaded.identityKeyPath() == u"var/identity.key"_s);
}

TEST_CASE("the shipped server.json loads, and its hall file path leads to a hall that loads")
{
    const QString path = sourceDir() + u"/resources/server.json"_s;
    const ServerSettings settings = expectSettings(ServerSettings::load(path));
    const ServerSettings defaults;
    CHECK(settings.port == defaults.port);
    CHECK(settings.listenAddress == defaults.listenAddress);
    CHECK(settings.dataDir == defaults.dataDir);
    CHECK(settings.retentionDays == defaults.retentionDays);
    CHECK(settings.limits.maxFrameBytes == defaults.limits.maxFrameBytes);
    CHECK(settings.limits.maxConnections == defaults.limits.maxConnections);
    CHECK(settings.hallConfigPath == QFileInfo(shippedHallPath()).absoluteFilePath());
    CHECK(std::holds_alternative<LoadedHall>(HallConfigLoader::load(settings.hallConfigPath)));
}

TEST_CASE("relative paths in a settings file resolve against its folder; dataDir does not")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(u"tls"_s));
    for (const QString &name : {u"tls/server.crt"_s, u"tls/server.key"_s}) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN PLACEHOLDER-----\n");
    }
    QFile settingsFile(dir.filePath(u"server.json"_s));
    REQUIRE(settingsFile.open(QIODevice::WriteOnly));
    settingsFile.write(R"({"dataDir": "state", "hallConfigPath": "../halls/h.json", "identityKeyFile": "keys/id.key",
                           "tls": {"certificateFile": "tls/server.crt", "keyFile": "tls/server.key"},
                           "publicBaseUrl": "https://queue.example.gov.cn", "port": 9000})");
    settingsFile.close();

    const ServerSettings settings = expectSettings(ServerSettings::load(settingsFile.fileName()));
    const QDir base(dir.path());
    CHECK(settings.hallConfigPath == QDir::cleanPath(base.filePath(u"../halls/h.json"_s)));
    CHECK(settings.identityKeyPath() == base.filePath(u"keys/id.key"_s));
    REQUIRE(settings.tls.has_value());
    CHECK(settings.tls->certificateFile == base.filePath(u"tls/server.crt"_s));
    CHECK(settings.tls->keyFile == base.filePath(u"tls/server.key"_s));
    CHECK(settings.dataDir == u"state"_s);
    CHECK(settings.databasePath() == u"state/hallq.sqlite"_s);
    CHECK(settings.port == 9000);
}

TEST_CASE("a broken settings file is refused with an error naming the file and the entry")
{
    for (const BrokenSetting &c : kBrokenSettings) {
        DYNAMIC_SECTION(c.json)
        {
            const auto result = ServerSettings::loadFromJson(QByteArray(c.json), kSettingsLabel, u"/nonexistent"_s);
            REQUIRE(std::holds_alternative<ConfigErrors>(result));
            const ConfigErrors &errors = std::get<ConfigErrors>(result);
            INFO(errors.toString().toStdString());
            const QStringList messages = messagesAt(errors, QString::fromUtf8(c.path));
            REQUIRE(messages.size() == 1);
            CHECK(messages.first().contains(QString::fromUtf8(c.fragment)));
            CHECK(errors.items().first().file == kSettingsLabel);
        }
    }
}

TEST_CASE("every problem in a settings file is reported")
{
    const auto result = ServerSettings::loadFromJson(R"({"port": 0, "retentionDays": "long", "limits": {"burst": 0}})",
                                                     kSettingsLabel, u"/nonexistent"_s);
    REQUIRE(std::holds_alternative<ConfigErrors>(result));
    const ConfigErrors &errors = std::get<ConfigErrors>(result);
    CHECK(errors.size() == 3);
    CHECK(messagesAt(errors, u"port"_s).size() == 1);
    CHECK(messagesAt(errors, u"retentionDays"_s).size() == 1);
    CHECK(messagesAt(errors, u"limits.burst"_s).size() == 1);
}
