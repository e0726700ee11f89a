#pragma once

#include <QJsonObject>
#include <QProcess>
#include <functional>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace hallq::test {

// A real hallq-server process on 127.0.0.1 with an OS-chosen port and its own
// data directory, for integration tests. The data directory outlives restarts
// and kills, so tests can check what survived.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.path() + QStringLiteral("/hallq.sqlite"); }

    // Accounts are written straight into the database before (or between) starts.
    void addStaff(const QString &staffId, const QString &name, const QStringList &roles, const QString &password);
    QString addDevice(const QString &kind, const QString &deviceId); // returns the token

    // The hall the server runs: the Chaling hall, edited by `edit`, written into
    // the data directory. By default every service may issue at any hour, so
    // tests do not depend on the day they run.
    void writeHall(const std::function<void(QJsonObject &hall)> &edit = {});
    // Server settings for the next start, written to the data directory
    // (keys as in resources/server.json; the rest keep their defaults).
    void writeSettings(const QJsonObject &settings);
    // 0: any free port (the default); a restart can ask for the previous one.
    void setPort(quint16 port) { m_requestedPort = port; }
    // Extra command-line arguments for the next start (e.g. a config file).
    void setExtraArguments(QStringList args) { m_extraArgs = std::move(args); }
    // Starts the server and waits until it prints where it listens.
    bool start(int timeoutMs = 20000);
    void kill9();                  // SIGKILL, no chance to flush anything
    bool stop(int timeoutMs = 10000); // SIGTERM and wait
    bool isRunning() const;
    qint64 pid() const; // of the running server, 0 when none
    qint64 rssKb() const; // its resident memory (KiB), -1 when not running
    // After the process ended: its exit code (-1 while it runs or if it crashed).
    int exitCode() const;

    quint16 port() const { return m_port; }
    QUrl wsUrl() const;
    QUrl httpUrl(const QString &path = {}) const;
    QString output() const { return m_output; } // everything it printed so far

    static QString binary(const QString &name); // build/bin/<name>

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QStringList m_extraArgs;
    QString m_output;
    quint16 m_port = 0;
    quint16 m_requestedPort = 0;
    QString m_hallFile;
    QString m_settingsFile;
};

} // namespace hallq::test
