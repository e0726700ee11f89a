#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

namespace hallq::bench {

struct Figures
{
    QString name;
    double opsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 operations = 0;
};

// Nearest-rank percentile, p in [0, 1].
double percentile(std::vector<double> values, double p);

// Baseline: raw SQLite in WAL mode, one journal-shaped row per transaction,
// for `seconds`, with synchronous=FULL or NORMAL.
Figures rawSqlite(const QString &dir, const QString &synchronous, double seconds);

QString sourceDir();
// A hall of `serviceCount` open-all-day services of 9,999 numbers each, and
// `windowCount` windows that each serve them all (window 1 is the green one).
void writeBenchHall(const QString &path, int serviceCount, int windowCount);
// Server settings with the per-connection rate limit out of the way.
void writeBenchSettings(const QString &path, const QString &hallPath);

// Runs the event loop until `condition` holds; false after `timeoutMs`.
bool waitFor(const std::function<bool()> &condition, int timeoutMs);

// Starts build/bin/hallq-server with `arguments` (plus --port 0) and returns
// the port it listens on; exits the benchmark with the server's output if it
// does not start.
quint16 startServer(QProcess &server, const QStringList &arguments);

QByteArray httpGet(quint16 port, const QString &path);
// The server's histogram `name` from /metrics: cumulative counts per bucket bound (seconds).
std::vector<std::pair<double, qint64>> histogramBuckets(const QByteArray &metrics, const QString &name);
inline std::vector<std::pair<double, qint64>> ackBuckets(const QByteArray &metrics)
{
    return histogramBuckets(metrics, QStringLiteral("hallq_operation_ack_seconds"));
}
// The bucket bound (ms) under which `p` of the observations between two scrapes fell.
double bucketPercentileMs(const std::vector<std::pair<double, qint64>> &before,
                          const std::vector<std::pair<double, qint64>> &after, double p);

// Accounts in a fresh data directory's database: one kiosk and one display
// token, and counter staff bench0 … bench<counters-1> sharing one password.
struct BenchAccounts
{
    QString kioskToken;
    QString displayToken;
    QString password;
};
BenchAccounts seedBenchAccounts(const QString &databasePath, int counters);

// Resident memory of a process, KiB (-1 when unknown).
qint64 rssKb(qint64 pid);

} // namespace hallq::bench
