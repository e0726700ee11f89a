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

#include "BenchSupport.h"

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
using namespace hallq::bench;

namespace {




// ---- the server under load ---------------------------------------------------



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


struct ServerRun
{
    Figures saturation;
    Figures paced;
    int largestBatch = 0;
    double pacedServerP50Ms = 0; // upper bounds of the server's histogram buckets
    double pacedServerP99Ms = 0;
};



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
    const BenchAccounts accounts = seedBenchAccounts(dataDir + QStringLiteral("/hallq.sqlite"), counters);
    const QString &token = accounts.kioskToken;
    const QString &password = accounts.password;

    QProcess server;
    const quint16 port = startServer(server, {QStringLiteral("--config"), settingsPath, QStringLiteral("--data-dir"), dataDir});
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
