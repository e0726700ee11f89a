#pragma once

#include "config/ConfigErrors.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <variant>

namespace hallq::config {

struct TlsSettings
{
    QString certificateFile; // PEM
    QString keyFile;         // PEM
};

// Per-connection protection; the net layer enforces them.
struct ConnectionLimits
{
    int maxFrameBytes = 65536;
    int messagesPerSecond = 50; // token bucket rate per connection
    int burst = 100;            // token bucket size
    int maxConnections = 5000;
    int maxStringLength = 256;  // any string field in a message
};

// The server's own settings (resources/server.json). Every default is here,
// in the member initialisers; a settings file only overrides. Command-line
// overrides are applied by the server afterwards.
//
// Paths: hallConfigPath, tls files and identityKeyFile in a file resolve
// against that file's folder. dataDir resolves against the working directory,
// as `--data-dir` does, so that hallq-server and hallq-admin started in the
// same folder use the same database.
struct ServerSettings
{
    using Result = std::variant<ServerSettings, ConfigErrors>;

    QString listenAddress = QStringLiteral("127.0.0.1");
    int port = 8470;
    QString dataDir = QStringLiteral("var");
    QString hallConfigPath = QStringLiteral("resources/halls/chaling.json");
    std::optional<TlsSettings> tls;
    QString identityKeyFile; // empty: identityKeyPath() derives it from dataDir
    QString publicBaseUrl;   // e.g. https://queue.example.gov.cn; empty: not advertised
    ConnectionLimits limits;
    int retentionDays = 30;       // identity hashes older than this are purged
    int authFailureDelayMs = 1000; // before answering a failed log-in, to slow guessing

    // The key for the keyed hash of ID numbers.
    QString identityKeyPath() const;
    // <dataDir>/hallq.sqlite, the database hallq-server and hallq-admin share.
    QString databasePath() const;
    static QString databasePathIn(const QString &dataDir);

    static Result load(const QString &path);
    // `baseDir`: where relative paths resolve; by default the folder of `fileLabel`.
    static Result loadFromJson(const QByteArray &json, const QString &fileLabel, const QString &baseDir = {});
};

} // namespace hallq::config
