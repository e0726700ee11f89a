#include "BenchSupport.h"

#include "net/Credentials.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

namespace hallq::bench {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// ---- baseline: raw SQLite, one row per transaction --------------------------
Figures rawSqlite(const QString &dir, const QString &synchronous, double seconds)
{
    const QString name = QStringLiteral("raw-") + synchronous;
    Figures f;
    f.name = QStringLiteral("raw SQLite, 1 row per commit, synchronous=%1").arg(synchronous);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir + QLatin1Char('/') + name + QStringLiteral(".sqlite"));
        if (!db.open())
            qFatal("cannot open baseline database");
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=") + synchronous);
        // The same shape as the server's journal rows.
        q.exec(QStringLiteral("CREATE TABLE events (id BIGINT PRIMARY KEY, type TEXT NOT NULL, at BIGINT NOT NULL, "
                              "actor TEXT, window_no INTEGER NOT NULL, ticket_id BIGINT NOT NULL, detail TEXT NOT NULL)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO events VALUES (?, 'issued', ?, 'kiosk-1', 0, ?, '{\"service\":\"A\"}')"));
        std::vector<double> latencies;
        QElapsedTimer total;
        total.start();
        qint64 id = 0;
        while (total.elapsed() < qint64(seconds * 1000)) {
            QElapsedTimer one;
            one.start();
            db.transaction();
            ++id;
            insert.addBindValue(id);
            insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
            insert.addBindValue(id);
            if (!insert.exec())
                qFatal("baseline insert failed");
            db.commit();
            latencies.push_back(double(one.nsecsElapsed()) / 1e6);
        }
        f.operations = id;
        f.opsPerSecond = double(id) / (double(total.nsecsElapsed()) / 1e9);
        f.p50Ms = percentile(latencies, 0.50);
        f.p99Ms = percentile(latencies, 0.99);
    }
    QSqlDatabase::removeDatabase(name);
    return f;
}

QString sourceDir()
{
    return QStringLiteral(HALLQ_SOURCE_DIR);
}

// A hall of `serviceCount` open-all-day services of 9,999 numbers each, and
// `windowCount` windows that each serve them all (window 1 is the green one
// the hall file's green-channel policy asks for).
void writeBenchHall(const QString &path, int serviceCount, int windowCount)
{
    QJsonArray services, profile, windows;
    for (int i = 0; i < serviceCount; ++i) {
        const QChar letter = QChar::fromLatin1(char('A' + i));
        const QString id = QStringLiteral("svc") + QChar::fromLatin1(char('a' + i));
        services.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), QStringLiteral("业务") + letter},
                                    {QStringLiteral("nameEn"), QStringLiteral("Service ") + letter},
                                    {QStringLiteral("prefix"), QString(letter)},
                                    {QStringLiteral("department"), QStringLiteral("center")},
                                    {QStringLiteral("numberMin"), 1},
                                    {QStringLiteral("numberMax"), 9999},
                                    {QStringLiteral("dailyCap"), 9999},
                                    {QStringLiteral("issueOutsideHours"), true}});
        profile.append(QJsonObject{{QStringLiteral("service"), id}, {QStringLiteral("weight"), 1}});
    }
    for (int w = 1; w <= windowCount; ++w)
        windows.append(QJsonObject{{QStringLiteral("number"), w},
                                   {QStringLiteral("name"), QStringLiteral("%1号窗口").arg(w)},
                                   {QStringLiteral("nameEn"), QStringLiteral("Window %1").arg(w)},
                                   {QStringLiteral("type"), w == 1 ? QStringLiteral("green") : QStringLiteral("comprehensive")},
                                   {QStringLiteral("profile"), profile}});
    QFile in(sourceDir() + QStringLiteral("/resources/halls/chaling.json"));
    in.open(QIODevice::ReadOnly);
    QJsonObject hall = QJsonDocument::fromJson(in.readAll()).object();
    hall.insert(QStringLiteral("services"), services);
    // Sections that name the Chaling services (service guides, appointment
    // rules) do not fit the bench services: a bench hall has neither.
    for (const char *key : {"guides", "appointments"})
        hall.remove(QLatin1StringView(key));
    hall.insert(QStringLiteral("windows"), windows);
    hall.insert(QStringLiteral("departments"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("center")},
                                       {QStringLiteral("name"), QStringLiteral("中心")},
                                       {QStringLiteral("nameEn"), QStringLiteral("Center")},
                                       {QStringLiteral("chiefRepresentative"), QStringLiteral("待定")}}});
    QJsonObject calendar = hall.value(QStringLiteral("calendar")).toObject();
    QJsonArray files;
    for (const auto &file : calendar.value(QStringLiteral("files")).toArray())
        files.append(QDir(sourceDir() + QStringLiteral("/resources/halls")).absoluteFilePath(file.toString()));
    calendar.insert(QStringLiteral("files"), files);
    hall.insert(QStringLiteral("calendar"), calendar);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(hall).toJson());
}

// Server settings with the per-connection rate limit out of the way: the
// benchmark measures durability, not the abuse guard.
void writeBenchSettings(const QString &path, const QString &hallPath)
{
    QJsonObject settings{{QStringLiteral("hallConfigPath"), hallPath},
                         {QStringLiteral("limits"), QJsonObject{{QStringLiteral("messagesPerSecond"), 10000},
                                                                {QStringLiteral("burst"), 100000},
                                                                // 10,000 boards: above the default 5,000.
                                                                {QStringLiteral("maxConnections"), 20000}}}};
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(settings).toJson());
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    // processEvents(flags, ms) never blocks (Qt drops WaitForMoreEvents there), so
    // a loop around it spins a whole core away from the server being measured.
    // Block for the next event instead, with a 2 ms tick to re-check conditions
    // that other threads change.
    QTimer tick;
    tick.start(2);
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

std::vector<std::pair<double, qint64>> histogramBuckets(const QByteArray &metrics, const QString &name)
{
    std::vector<std::pair<double, qint64>> buckets;
    const QRegularExpression line(name + QStringLiteral("_bucket\\{le=\"([^\"]+)\"\\} (\\d+)"));
    auto it = line.globalMatch(QString::fromUtf8(metrics));
    while (it.hasNext()) {
        const auto m = it.next();
        const double bound = m.captured(1) == QStringLiteral("+Inf") ? 1e9 : m.captured(1).toDouble();
        buckets.emplace_back(bound, m.captured(2).toLongLong());
    }
    return buckets;
}

// The bucket bound under which `p` of the operations between two scrapes fell.
double bucketPercentileMs(const std::vector<std::pair<double, qint64>> &before,
                          const std::vector<std::pair<double, qint64>> &after, double p)
{
    if (before.size() != after.size() || after.empty())
        return 0;
    const qint64 total = after.back().second - before.back().second;
    for (size_t i = 0; i < after.size(); ++i)
        if (double(after[i].second - before[i].second) >= p * double(total))
            return after[i].first * 1000.0;
    return 0;
}

QByteArray httpGet(quint16 port, const QString &path)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)});
    curl.waitForFinished(5000);
    return curl.readAllStandardOutput();
}

quint16 startServer(QProcess &server, const QStringList &arguments)
{
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(HALLQ_BIN_DIR "/hallq-server"), arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
    if (!server.waitForStarted(10000))
        qFatal("cannot start hallq-server");
    QString output;
    quint16 port = 0;
    const QRegularExpression listening(QStringLiteral("listening on ws://[^:]+:(\\d+)"));
    waitFor([&] {
        output += QString::fromUtf8(server.readAll());
        const auto m = listening.match(output);
        if (m.hasMatch())
            port = quint16(m.captured(1).toUInt());
        return port != 0 || server.state() != QProcess::Running;
    }, 60000);
    if (!port) {
        server.waitForFinished(5000);
        output += QString::fromUtf8(server.readAll());
        qFatal("server did not start: %s", qPrintable(output));
    }
    return port;
}

BenchAccounts seedBenchAccounts(const QString &databasePath, int counters)
{
    BenchAccounts a{net::Credentials::randomToken(), net::Credentials::randomToken(), QStringLiteral("bench-password")};
    storage::SqliteStore store(databasePath, QStringLiteral("bench-setup"));
    store.migrate();
    for (const auto &[kind, token] : {std::pair{QStringLiteral("kiosk"), a.kioskToken}, std::pair{QStringLiteral("display"), a.displayToken}}) {
        storage::DeviceToken device;
        device.deviceId = QStringLiteral("bench-") + kind;
        device.kind = kind;
        device.name = QStringLiteral("bench");
        device.tokenHash = net::Credentials::hashToken(token);
        store.saveDevice(device);
    }
    // One Argon2id string serves every account: its salt travels inside it.
    const QString hash = net::Credentials::hashPassword(a.password);
    for (int i = 0; i < counters; ++i) {
        storage::StaffAccount staff;
        staff.staffId = QStringLiteral("bench%1").arg(i);
        staff.name = QStringLiteral("压测%1").arg(i);
        staff.departmentId = QStringLiteral("center");
        staff.roles = {QStringLiteral("counter")};
        staff.passwordHash = hash;
        store.saveStaff(staff);
    }
    return a;
}

qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace hallq::bench
