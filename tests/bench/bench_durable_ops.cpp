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
#include "storage/DurableWriter.h"
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
                                                                {QStringLiteral("burst"), 100000}}}};
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(settings).toJson());
}

// One WebSocket client of the load: a kiosk issuing tickets, or a counter
// at its own window cycling call-next → start → finish. Every one of those
// operations is acknowledged only once durable; its round trip is recorded.
class LoadClient : public QObject
{
public:
    enum class Role { Kiosk, Counter };

    LoadClient(const QUrl &url, Role role, const QString &credential, int index, int serviceCount,
               std::vector<double> &latencies, qint64 &completed)
        : m_role(role), m_credential(credential), m_index(index), m_serviceCount(serviceCount),
          m_latencies(latencies), m_completed(completed)
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
    bool idle() const { return !m_inFlight; }
    void setMeasuring(bool on) { m_measuring = on; }
    // Sends the next operation of this client's cycle (nothing if one is in flight).
    void step()
    {
        if (m_inFlight)
            return;
        m_inFlight = true;
        m_sentAt = m_clock.nsecsElapsed();
        if (m_role == Role::Kiosk) {
            protocol::TicketIssueRequest r;
            r.serviceId = QStringLiteral("svc") + QChar::fromLatin1(char('a' + (m_issued++ + m_index) % m_serviceCount));
            send(r);
            return;
        }
        switch (m_counterStep) {
        case 0: send(window<protocol::CallNextRequest>()); break;
        case 1: send(window<protocol::ServeStartRequest>()); break;
        default: {
            protocol::ServeFinishRequest finish;
            finish.window = m_index + 1;
            send(finish);
        }
        }
    }
    std::function<void()> onReply;

private:
    template <class Command>
    Command window() const
    {
        Command c;
        c.window = m_index + 1;
        return c;
    }
    template <class Req>
    void send(const Req &r)
    {
        m_socket.sendTextMessage(QString::fromUtf8(protocol::serialize(protocol::makeRequest(r, ++m_nextId))));
    }
    void handshake(const protocol::Envelope &e)
    {
        if (!e.ok.value_or(false) && e.error && e.error->code == protocol::ErrorCode::AuthThrottled) {
            // Many counters log in at once: ask again shortly, as a counter would.
            QTimer::singleShot(100, this, [this] {
                send(protocol::AuthLoginRequest{QStringLiteral("bench%1").arg(m_index), m_credential});
            });
            return;
        }
        if (!e.ok.value_or(false))
            qFatal("bench handshake failed at %s: %s", qPrintable(e.type), qPrintable(e.error ? e.error->message : QString()));
        if (e.type == QStringLiteral("hello")) {
            if (m_role == Role::Kiosk)
                send(protocol::AuthDeviceRequest{m_credential});
            else
                send(protocol::AuthLoginRequest{QStringLiteral("bench%1").arg(m_index), m_credential});
        } else if (e.type == QStringLiteral("auth.login")) {
            send(window<protocol::WindowOpenRequest>());
        } else {
            m_ready = true;
            m_clock.start();
        }
    }
    void onMessage(const QString &text)
    {
        auto parsed = protocol::parseEnvelope(text.toUtf8(), protocol::Limits::forServerMessages());
        auto *e = std::get_if<protocol::Envelope>(&parsed);
        if (!e || !e->isReply())
            return;
        if (!m_ready) {
            handshake(*e);
            return;
        }
        m_inFlight = false;
        const bool ok = e->ok.value_or(false);
        if (!ok && !(e->error && e->error->code == protocol::ErrorCode::NothingWaiting))
            qFatal("%s failed: %s", qPrintable(e->type), qPrintable(e->error ? e->error->message : QString()));
        if (ok) {
            // Only operations that changed the hall count: nothing_waiting changed nothing.
            if (m_measuring) {
                m_latencies.push_back(double(m_clock.nsecsElapsed() - m_sentAt) / 1e6);
                ++m_completed;
            }
            if (m_role == Role::Counter)
                m_counterStep = (m_counterStep + 1) % 3;
        }
        if (onReply)
            onReply();
    }

    QWebSocket m_socket;
    Role m_role;
    QString m_credential;
    int m_index;
    int m_serviceCount;
    std::vector<double> &m_latencies;
    qint64 &m_completed;
    QElapsedTimer m_clock;
    qint64 m_sentAt = 0;
    qint64 m_nextId = 0;
    int m_issued = 0;
    int m_counterStep = 0;
    bool m_inFlight = false;
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
    double pacedServerP50Ms = 0; // upper bounds of the server's histogram buckets
    double pacedServerP99Ms = 0;
};

// The server's own acknowledgement histogram (decision → durable), from /metrics:
// cumulative counts per bucket bound, in seconds.
std::vector<std::pair<double, qint64>> ackBuckets(const QByteArray &metrics)
{
    std::vector<std::pair<double, qint64>> buckets;
    static const QRegularExpression line(QStringLiteral("hallq_operation_ack_seconds_bucket\\{le=\"([^\"]+)\"\\} (\\d+)"));
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

// ---- the storage layer alone: DurableWriter with group commit ----------------
// The same rows an issued ticket writes (ticket, sequence counter, journal
// event), submitted by the engine's thread as fast as it can while the writer
// commits whatever has queued up. Shows what durability costs without the
// network and JSON in front of it.
Figures groupCommit(const QString &dir, double seconds)
{
    const QString path = dir + QStringLiteral("/writer.sqlite");
    {
        storage::SqliteStore store(path, QStringLiteral("bench-writer-setup"));
        store.migrate();
    }
    storage::DurableWriter writer([path] {
        return std::make_unique<storage::SqliteStore>(path, QStringLiteral("bench-writer"));
    });
    std::vector<double> latencies;
    QHash<quint64, qint64> submittedAt;
    QElapsedTimer clock;
    clock.start();
    quint64 durable = 0;
    QObject::connect(&writer, &storage::DurableWriter::durable, [&](quint64 upTo) {
        const qint64 now = clock.nsecsElapsed();
        for (quint64 seq = durable + 1; seq <= upTo; ++seq)
            latencies.push_back(double(now - submittedAt.take(seq)) / 1e6);
        durable = upTo;
    });
    qint64 id = 0;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    // Keep up to 200 operations outstanding, like 200 clients each waiting for one.
    while (clock.elapsed() < qint64(seconds * 1000)) {
        while (writer.lastSubmitted() - durable < 200) {
            ++id;
            engine::ChangeSet changes;
            engine::Ticket t;
            t.id = id;
            t.token = QStringLiteral("token-%1").arg(id);
            t.serviceId = QStringLiteral("svc");
            t.businessDay = at.date();
            t.sequence = int(id);
            t.number = QStringLiteral("A%1").arg(id);
            t.issuedAt = at;
            t.order = id;
            t.issueOrder = id;
            changes.tickets.append(t);
            changes.sequences.append({QStringLiteral("svc"), at.date(), int(id), int(id)});
            engine::Event e;
            e.id = id;
            e.type = engine::EventType::Issued;
            e.at = at;
            e.actor = QStringLiteral("kiosk-1");
            e.ticketId = id;
            changes.events.append(e);
            submittedAt.insert(writer.submit(std::move(changes)), clock.nsecsElapsed());
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    writer.waitForDurable();
    QCoreApplication::processEvents();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    return {QStringLiteral("DurableWriter alone (group commit, 200 outstanding), synchronous=FULL"),
            double(durable) / elapsed, percentile(latencies, 0.5), percentile(latencies, 0.99), qint64(durable)};
}

QByteArray httpGet(quint16 port, const QString &path)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)});
    curl.waitForFinished(5000);
    return curl.readAllStandardOutput();
}

ServerRun runServer(const QString &dir, int clients, double seconds, double pacedRatePerClient)
{
    // A busy hall in balance: a counter needs three operations per ticket
    // (call, start, finish), a kiosk one, so three counters per kiosk keep the
    // queues from growing without bound.
    const int kiosks = std::max(1, clients / 4);
    const int counters = clients - kiosks;
    constexpr int kServices = 13;
    const QString hallPath = dir + QStringLiteral("/bench-hall.json");
    const QString settingsPath = dir + QStringLiteral("/bench-server.json");
    writeBenchHall(hallPath, kServices, counters);
    writeBenchSettings(settingsPath, hallPath);
    const QString dataDir = dir + QStringLiteral("/server-data");
    QDir().mkpath(dataDir);
    const QString token = net::Credentials::randomToken();
    const QString password = QStringLiteral("bench-password");
    {
        storage::SqliteStore store(dataDir + QStringLiteral("/hallq.sqlite"), QStringLiteral("bench-setup"));
        store.migrate();
        storage::DeviceToken device;
        device.deviceId = QStringLiteral("bench-kiosk");
        device.kind = QStringLiteral("kiosk");
        device.name = QStringLiteral("bench");
        device.tokenHash = net::Credentials::hashToken(token);
        store.saveDevice(device);
        // One Argon2id string serves every account: its salt travels inside it.
        const QString hash = net::Credentials::hashPassword(password);
        for (int i = 0; i < counters; ++i) {
            storage::StaffAccount staff;
            staff.staffId = QStringLiteral("bench%1").arg(i);
            staff.name = QStringLiteral("压测%1").arg(i);
            staff.departmentId = QStringLiteral("center");
            staff.roles = {QStringLiteral("counter")};
            staff.passwordHash = hash;
            store.saveStaff(staff);
        }
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
    for (int i = 0; i < kiosks; ++i)
        load.push_back(std::make_unique<LoadClient>(url, LoadClient::Role::Kiosk, token, i, kServices, latencies, completed));
    for (int i = 0; i < counters; ++i)
        load.push_back(std::make_unique<LoadClient>(url, LoadClient::Role::Counter, password, i, kServices, latencies,
                                                    completed));
    if (!waitFor([&] { return std::all_of(load.begin(), load.end(), [](auto &c) { return c->ready(); }); }, 120000))
        qFatal("clients did not all connect");
    fprintf(stderr, "all %d clients connected to server pid %lld; load starts\n", clients, server.processId());

    ServerRun run;
    // Saturation: closed loop, one request in flight per client.
    bool running = true;
    for (auto &c : load) {
        LoadClient *client = c.get();
        client->onReply = [client, &running] {
            if (running)
                client->step();
        };
        client->setMeasuring(true);
        client->step();
    }
    QElapsedTimer timer;
    timer.start();
    waitFor([&] { return timer.elapsed() >= qint64(seconds * 1000); }, int(seconds * 1000) + 1000);
    running = false;
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    run.saturation = {QStringLiteral("hallq-server, %1 clients (%2 kiosks, %3 counters), closed loop").arg(clients).arg(kiosks).arg(counters),
                      double(completed) / elapsed, percentile(latencies, 0.5), percentile(latencies, 0.99), completed};
    waitFor([&] { return std::all_of(load.begin(), load.end(), [](auto &c) { return c->idle(); }); }, 30000);

    // Paced: every client takes its next step at a fixed rate, spread evenly.
    const auto bucketsBefore = ackBuckets(httpGet(port, QStringLiteral("/metrics")));
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
        QObject::connect(t.get(), &QTimer::timeout, [client] { client->step(); });
        QTimer::singleShot(int(i) * intervalMs / clients, t.get(), [timer = t.get(), intervalMs] { timer->start(intervalMs); });
        timers.push_back(std::move(t));
    }
    timer.restart();
    waitFor([&] { return timer.elapsed() >= qint64(seconds * 1000); }, int(seconds * 1000) + 1000);
    timers.clear();
    const double pacedElapsed = double(timer.nsecsElapsed()) / 1e9;
    waitFor([&] { return std::all_of(load.begin(), load.end(), [](auto &c) { return c->idle(); }); }, 30000);
    run.paced = {QStringLiteral("hallq-server, %1 clients × %2 steps/s each (paced)").arg(clients).arg(pacedRatePerClient),
                 double(completed) / pacedElapsed, percentile(latencies, 0.5), percentile(latencies, 0.99), completed};

    const QByteArray metrics = httpGet(port, QStringLiteral("/metrics"));
    const auto bucketsAfter = ackBuckets(metrics);
    run.pacedServerP50Ms = bucketPercentileMs(bucketsBefore, bucketsAfter, 0.50);
    run.pacedServerP99Ms = bucketPercentileMs(bucketsBefore, bucketsAfter, 0.99);
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
    const Figures writer = groupCommit(dir.path(), seconds);
    const ServerRun server = runServer(dir.path(), clients, seconds, pacedRate);

    QString table;
    table += QStringLiteral("| what | ops/s | p50 ms | p99 ms | vs raw FULL |\n|---|---|---|---|---|\n");
    table += row(full, full.opsPerSecond);
    table += row(normal, full.opsPerSecond);
    table += row(writer, full.opsPerSecond);
    table += row(server.saturation, full.opsPerSecond);
    table += row(server.paced, full.opsPerSecond);
    table += QStringLiteral("\nLargest group commit seen by the server: %1 operations in one transaction.\n")
                 .arg(server.largestBatch);
    table += QStringLiteral("Paced phase, measured inside the server (decision → durable, histogram bucket bounds): "
                            "p50 ≤ %1 ms, p99 ≤ %2 ms.\n")
                 .arg(server.pacedServerP50Ms)
                 .arg(server.pacedServerP99Ms);
    out << table;
    if (!markdown.isEmpty()) {
        QFile file(markdown);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(table.toUtf8());
        }
    }
    return 0;
}
