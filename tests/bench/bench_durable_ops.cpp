// Durable operations per second and acknowledgement latency of the real
// hallq-server with 200 connected clients, against raw SQLite measured in the
// same run on the same disk: one row per commit with synchronous=FULL (what a
// naive durable server does) and with synchronous=NORMAL (fast, not durable).
//
//   build/bench/bench_durable_ops [--seconds N] [--clients N] [--markdown FILE]
//
// Load phases against the server (each ticket.issue is acknowledged only after
// its commit with synchronous=FULL):
//   saturation: every client keeps one request in flight (closed loop);
//   paced:      every client sends at a fixed rate (open loop), a realistic
//               busy-hall load, for the latency figure.
#include "net/Credentials.h"
#include "protocol/Protocol.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <algorithm>
#include <memory>
#include <vector>

using namespace hallq;

namespace {

struct Figures
{
    QString name;
    double opsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 operations = 0;
};

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

// ---- the server under load ---------------------------------------------------
QString sourceDir()
{
    return QStringLiteral(HALLQ_SOURCE_DIR);
}

// A hall with 26 open-all-day services of 9,999 numbers each, so a long run
// never hits a daily cap, and one window serving them all.
void writeBenchHall(const QString &path)
{
    QJsonArray services, profile;
    for (char c = 'A'; c <= 'Z'; ++c) {
        const QString id = QStringLiteral("svc") + QChar::fromLatin1(char(c + 32));
        services.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), QStringLiteral("业务") + QChar::fromLatin1(c)},
                                    {QStringLiteral("nameEn"), QStringLiteral("Service ") + QChar::fromLatin1(c)},
                                    {QStringLiteral("prefix"), QString(QChar::fromLatin1(c))},
                                    {QStringLiteral("department"), QStringLiteral("center")},
                                    {QStringLiteral("numberMin"), 1},
                                    {QStringLiteral("numberMax"), 9999},
                                    {QStringLiteral("dailyCap"), 9999},
                                    {QStringLiteral("issueOutsideHours"), true}});
        profile.append(QJsonObject{{QStringLiteral("service"), id}, {QStringLiteral("weight"), 1}});
    }
    QFile in(sourceDir() + QStringLiteral("/resources/halls/chaling.json"));
    in.open(QIODevice::ReadOnly);
    QJsonObject hall = QJsonDocument::fromJson(in.readAll()).object();
    hall.insert(QStringLiteral("services"), services);
    hall.insert(QStringLiteral("windows"),
                QJsonArray{QJsonObject{{QStringLiteral("number"), 1},
                                       {QStringLiteral("name"), QStringLiteral("窗口1")},
                                       {QStringLiteral("nameEn"), QStringLiteral("Window 1")},
                                       {QStringLiteral("type"), QStringLiteral("green")},
                                       {QStringLiteral("profile"), profile}}});
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
                                                                {QStringLiteral("burst"), 100000}}}};
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(settings).toJson());
}

class LoadClient : public QObject
{
public:
    LoadClient(const QUrl &url, const QString &token, const QString &serviceId, std::vector<double> &latencies,
               qint64 &completed)
        : m_token(token), m_serviceId(serviceId), m_latencies(latencies), m_completed(completed)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onMessage(text); });
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            protocol::HelloRequest hello;
            hello.protocolVersion = protocol::kProtocolVersion;
            hello.client = QStringLiteral("bench");
            hello.clientVersion = QStringLiteral("1");
            send(hello);
        });
        m_socket.open(url);
    }
    bool ready() const { return m_ready; }
    bool idle() const { return m_inFlight == 0; }
    void setMeasuring(bool on) { m_measuring = on; }
    void issue()
    {
        protocol::TicketIssueRequest r;
        r.serviceId = m_serviceId;
        ++m_inFlight;
        m_sentAt.insert(m_nextId + 1, m_clock.nsecsElapsed());
        send(r);
    }
    std::function<void()> onReply;

private:
    template <class Req>
    void send(const Req &r)
    {
        m_socket.sendTextMessage(QString::fromUtf8(protocol::serialize(protocol::makeRequest(r, ++m_nextId))));
    }
    void onMessage(const QString &text)
    {
        auto parsed = protocol::parseEnvelope(text.toUtf8(), protocol::Limits::forServerMessages());
        auto *e = std::get_if<protocol::Envelope>(&parsed);
        if (!e || !e->isReply())
            return;
        if (e->type == QStringLiteral("hello")) {
            send(protocol::AuthDeviceRequest{m_token});
            return;
        }
        if (e->type == QStringLiteral("auth.device")) {
            m_ready = e->ok.value_or(false);
            m_clock.start();
            return;
        }
        if (e->type != QStringLiteral("ticket.issue"))
            return;
        if (!e->ok.value_or(false))
            qFatal("issue failed: %s", qPrintable(e->error ? e->error->message : QString()));
        --m_inFlight;
        const qint64 sent = m_sentAt.take(e->id);
        if (m_measuring) {
            m_latencies.push_back(double(m_clock.nsecsElapsed() - sent) / 1e6);
            ++m_completed;
        }
        if (onReply)
            onReply();
    }

    QWebSocket m_socket;
    QString m_token;
    QString m_serviceId;
    std::vector<double> &m_latencies;
    qint64 &m_completed;
    QElapsedTimer m_clock;
    QHash<qint64, qint64> m_sentAt;
    qint64 m_nextId = 0;
    int m_inFlight = 0;
    bool m_ready = false;
    bool m_measuring = false;
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

struct ServerRun
{
    Figures saturation;
    Figures paced;
    int largestBatch = 0;
    QString serverAckP99;
};

QByteArray httpGet(quint16 port, const QString &path)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)});
    curl.waitForFinished(5000);
    return curl.readAllStandardOutput();
}

ServerRun runServer(const QString &dir, int clients, double seconds, double pacedRatePerClient)
{
    const QString hallPath = dir + QStringLiteral("/bench-hall.json");
    const QString settingsPath = dir + QStringLiteral("/bench-server.json");
    writeBenchHall(hallPath);
    writeBenchSettings(settingsPath, hallPath);
    const QString dataDir = dir + QStringLiteral("/server-data");
    QDir().mkpath(dataDir);
    QString token;
    {
        storage::SqliteStore store(dataDir + QStringLiteral("/hallq.sqlite"), QStringLiteral("bench-setup"));
        store.migrate();
        token = net::Credentials::randomToken();
        storage::DeviceToken device;
        device.deviceId = QStringLiteral("bench-kiosk");
        device.kind = QStringLiteral("kiosk");
        device.name = QStringLiteral("bench");
        device.tokenHash = net::Credentials::hashToken(token);
        store.saveDevice(device);
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(HALLQ_BIN_DIR "/hallq-server"),
                 {QStringLiteral("--config"), settingsPath, QStringLiteral("--data-dir"), dataDir,
                  QStringLiteral("--port"), QStringLiteral("0")});
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
    }, 20000);
    if (!port) {
        server.waitForFinished(5000);
        output += QString::fromUtf8(server.readAll());
        qFatal("server did not start: %s", qPrintable(output));
    }
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));

    std::vector<double> latencies;
    qint64 completed = 0;
    std::vector<std::unique_ptr<LoadClient>> load;
    for (int i = 0; i < clients; ++i)
        load.push_back(std::make_unique<LoadClient>(url, token, QStringLiteral("svc") + QChar::fromLatin1(char('a' + i % 26)),
                                                    latencies, completed));
    if (!waitFor([&] { return std::all_of(load.begin(), load.end(), [](auto &c) { return c->ready(); }); }, 30000))
        qFatal("clients did not all connect");

    ServerRun run;
    // Saturation: closed loop, one request in flight per client.
    bool running = true;
    for (auto &c : load) {
        LoadClient *client = c.get();
        client->onReply = [client, &running] {
            if (running)
                client->issue();
        };
        client->setMeasuring(true);
        client->issue();
    }
    QElapsedTimer timer;
    timer.start();
    waitFor([&] { return timer.elapsed() >= qint64(seconds * 1000); }, int(seconds * 1000) + 1000);
    running = false;
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    run.saturation = {QStringLiteral("hallq-server, %1 clients, closed loop (saturation)").arg(clients),
                      double(completed) / elapsed, percentile(latencies, 0.5), percentile(latencies, 0.99), completed};
    waitFor([&] { return std::all_of(load.begin(), load.end(), [](auto &c) { return c->idle(); }); }, 30000);

    // Paced: each client issues at a fixed rate, spread evenly.
    latencies.clear();
    completed = 0;
    for (auto &c : load)
        c->onReply = nullptr;
    const int intervalMs = int(1000.0 / pacedRatePerClient);
    std::vector<std::unique_ptr<QTimer>> timers;
    for (size_t i = 0; i < load.size(); ++i) {
        auto t = std::make_unique<QTimer>();
        t->setTimerType(Qt::PreciseTimer);
        LoadClient *client = load[i].get();
        QObject::connect(t.get(), &QTimer::timeout, [client] { client->issue(); });
        QTimer::singleShot(int(i) * intervalMs / clients, t.get(), [timer = t.get(), intervalMs] { timer->start(intervalMs); });
        timers.push_back(std::move(t));
    }
    timer.restart();
    waitFor([&] { return timer.elapsed() >= qint64(seconds * 1000); }, int(seconds * 1000) + 1000);
    timers.clear();
    const double pacedElapsed = double(timer.nsecsElapsed()) / 1e9;
    waitFor([&] { return std::all_of(load.begin(), load.end(), [](auto &c) { return c->idle(); }); }, 30000);
    run.paced = {QStringLiteral("hallq-server, %1 clients × %2 ops/s each (paced)").arg(clients).arg(pacedRatePerClient),
                 double(completed) / pacedElapsed, percentile(latencies, 0.5), percentile(latencies, 0.99), completed};

    const QByteArray metrics = httpGet(port, QStringLiteral("/metrics"));
    const QRegularExpression batch(QStringLiteral("hallq_commit_batch_max (\\d+)"));
    const auto m = batch.match(QString::fromUtf8(metrics));
    run.largestBatch = m.hasMatch() ? m.captured(1).toInt() : 0;

    load.clear();
    server.terminate();
    server.waitForFinished(10000);
    return run;
}

QString row(const Figures &f, double baseline)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5× |\n")
        .arg(f.name)
        .arg(f.opsPerSecond, 0, 'f', 0)
        .arg(f.p50Ms, 0, 'f', 2)
        .arg(f.p99Ms, 0, 'f', 2)
        .arg(f.opsPerSecond / baseline, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    double seconds = 4;
    int clients = 200;
    double pacedRate = 5;
    QString markdown;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--seconds"))
            seconds = args[i + 1].toDouble();
        else if (args[i] == QStringLiteral("--clients"))
            clients = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--paced-rate"))
            pacedRate = args[i + 1].toDouble();
        else if (args[i] == QStringLiteral("--markdown"))
            markdown = args[i + 1];
    }
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    QTextStream out(stdout);
    out << "running (" << seconds << " s per phase, " << clients << " clients) in " << dir.path() << '\n';
    out.flush();

    const Figures full = rawSqlite(dir.path(), QStringLiteral("FULL"), seconds);
    const Figures normal = rawSqlite(dir.path(), QStringLiteral("NORMAL"), seconds);
    const ServerRun server = runServer(dir.path(), clients, seconds, pacedRate);

    QString table;
    table += QStringLiteral("| what | ops/s | p50 ms | p99 ms | vs raw FULL |\n|---|---|---|---|---|\n");
    table += row(full, full.opsPerSecond);
    table += row(normal, full.opsPerSecond);
    table += row(server.saturation, full.opsPerSecond);
    table += row(server.paced, full.opsPerSecond);
    table += QStringLiteral("\nLargest group commit seen by the server: %1 operations in one transaction.\n")
                 .arg(server.largestBatch);
    out << table;
    if (!markdown.isEmpty()) {
        QFile file(markdown);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(table.toUtf8());
        }
    }
    return 0;
}
