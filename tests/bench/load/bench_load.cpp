// Load, fan-out and recovery of the real hallq-server (issue #8), each beside
// a baseline measured in the same run:
//
//   durable:  500 clients (kiosks and counters, several connections per load
//             thread) at a sustained 1,200 operations/s; acknowledgement p50/p99
//             and the rate reached, against raw SQLite one row per commit
//             (synchronous=FULL and NORMAL);
//   fanout:   a counter's call → event.call on 1,000 and 10,000 subscribed
//             boards, p50/p99 from sending call.next to each board having it,
//             against the same broadcast through a bare QWebSocketServer (stock
//             event loop); the server's RSS per connected board;
//   recovery: a year of a busy hall (~400,000 tickets and their events) on
//             disk: server start → serving (first subscribe answered), against
//             an empty database.
//
//   build/bench/bench_load [--phases durable,fanout,recovery] [--clients 500] [--rate 1200]
//                          [--seconds 10] [--boards 1000,10000] [--threads 8] [--calls 20]
//                          [--tickets 400000] [--markdown FILE]
#include "BenchSupport.h"
#include "LoadWorker.h"

#include "engine/ChangeSet.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <cstdio>

using namespace hallq;
using namespace hallq::bench;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// ---- a synchronous driver on the main thread (kiosk or counter) ------------
class Driver
{
public:
    bool open(const QUrl &url)
    {
        m_socket.open(url);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &t) { m_inbox.append(t); });
        return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000);
    }
    QJsonObject request(const QString &type, const QString &body, int timeoutMs = 20000)
    {
        const qint64 id = ++m_id;
        m_socket.sendTextMessage(QStringLiteral("{\"type\":\"%1\",\"id\":%2,\"body\":%3}").arg(type).arg(id).arg(body));
        QJsonObject reply;
        waitFor([&] {
            for (qsizetype i = 0; i < m_inbox.size(); ++i) {
                if (!m_inbox[i].contains(QStringLiteral("\"ok\":")))
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(m_inbox[i].toUtf8()).object();
                if (o.value(QStringLiteral("id")).toInteger() == id) {
                    reply = o;
                    m_inbox.remove(i);
                    return true;
                }
            }
            m_inbox.removeIf([](const QString &t) { return !t.contains(QStringLiteral("\"ok\":")); }); // events
            return false;
        }, timeoutMs);
        return reply;
    }
    bool ok(const QString &type, const QString &body)
    {
        const QJsonObject r = request(type, body);
        if (!r.value(QStringLiteral("ok")).toBool())
            note(QStringLiteral("%1 failed: %2").arg(type, QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact))));
        return r.value(QStringLiteral("ok")).toBool();
    }
    bool hello() { return ok(QStringLiteral("hello"), QStringLiteral("{\"protocolVersion\":1,\"client\":\"bench\",\"clientVersion\":\"1\"}")); }
    void sendText(const QString &t) { m_socket.sendTextMessage(t); }

private:
    QWebSocket m_socket;
    QStringList m_inbox;
    qint64 m_id = 0;
};

struct Pool
{
    LoadPeer::Shared shared;
    std::vector<std::unique_ptr<LoadWorker>> workers;

    explicit Pool(int threads)
    {
        for (int i = 0; i < threads; ++i)
            workers.push_back(std::make_unique<LoadWorker>(shared));
    }
    void add(const std::vector<LoadWorker::Spec> &specs)
    {
        std::vector<std::vector<LoadWorker::Spec>> split(workers.size());
        for (size_t i = 0; i < specs.size(); ++i)
            split[i % workers.size()].push_back(specs[i]);
        for (size_t w = 0; w < workers.size(); ++w)
            workers[w]->add(split[w]);
    }
    bool waitReady(int count, int timeoutMs)
    {
        return waitFor([&] { return shared.ready.load() + shared.failed.load() >= count; }, timeoutMs) &&
               shared.failed.load() == 0;
    }
    std::vector<std::pair<QString, qint64>> calls()
    {
        std::vector<std::pair<QString, qint64>> all;
        for (auto &w : workers) {
            auto c = w->calls();
            all.insert(all.end(), c.begin(), c.end());
        }
        return all;
    }
};

struct ServerUnderTest
{
    QTemporaryDir dir{QDir::currentPath() + QStringLiteral("/bench-load-XXXXXX")};
    QProcess process;
    quint16 port = 0;
    BenchAccounts accounts;

    ServerUnderTest(int services, int windows, int counters)
    {
        const QString hall = dir.path() + QStringLiteral("/hall.json");
        const QString settings = dir.path() + QStringLiteral("/server.json");
        writeBenchHall(hall, services, windows);
        writeBenchSettings(settings, hall);
        QDir().mkpath(dataDir());
        accounts = seedBenchAccounts(dataDir() + QStringLiteral("/hallq.sqlite"), counters);
        port = startServer(process, {QStringLiteral("--config"), settings, QStringLiteral("--data-dir"), dataDir()});
    }
    ~ServerUnderTest()
    {
        process.terminate();
        process.waitForFinished(20000);
    }
    QString dataDir() const { return dir.path() + QStringLiteral("/data"); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)); }
    qint64 rss() const { return rssKb(process.processId()); }
};

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

// ---- durable operations ------------------------------------------------------
QString durable(int clients, double rate, double seconds, int threads)
{
    const int kiosks = std::max(1, clients / 4);
    const int counters = clients - kiosks;
    constexpr int kServices = 13;
    QTemporaryDir baselineDir(QDir::currentPath() + QStringLiteral("/bench-load-XXXXXX"));
    const Figures full = rawSqlite(baselineDir.path(), QStringLiteral("FULL"), seconds);
    const Figures normal = rawSqlite(baselineDir.path(), QStringLiteral("NORMAL"), seconds);

    ServerUnderTest server(kServices, counters, counters);
    Pool pool(threads);
    std::vector<LoadWorker::Spec> specs;
    for (int i = 0; i < kiosks; ++i)
        specs.push_back({LoadPeer::Role::Kiosk, server.url(), server.accounts.kioskToken, i, kServices});
    for (int i = 0; i < counters; ++i)
        specs.push_back({LoadPeer::Role::Counter, server.url(), server.accounts.password, i, kServices});
    pool.add(specs);
    if (!pool.waitReady(clients, 300000))
        qFatal("durable: only %d of %d clients ready (%d failed)", pool.shared.ready.load(), clients, pool.shared.failed.load());
    note(QStringLiteral("durable: %1 clients ready over %2 threads").arg(clients).arg(threads));

    const auto before = ackBuckets(httpGet(server.port, QStringLiteral("/metrics")));
    for (auto &w : pool.workers) {
        w->setMeasuring(true);
        w->setPace(rate / clients);
    }
    QElapsedTimer timer;
    timer.start();
    waitFor([&] { return timer.elapsed() >= qint64(seconds * 1000); }, int(seconds * 1000) + 1000);
    for (auto &w : pool.workers)
        w->setPace(0);
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    waitFor([] { return false; }, 2000); // the last replies
    std::vector<double> latencies;
    for (auto &w : pool.workers) {
        w->setMeasuring(false);
        auto l = w->latencies();
        latencies.insert(latencies.end(), l.begin(), l.end());
    }
    const auto after = ackBuckets(httpGet(server.port, QStringLiteral("/metrics")));
    const qint64 rss = server.rss();

    const double achieved = double(latencies.size()) / elapsed;
    QString t;
    t += QStringLiteral("| what | ops/s | p50 ms | p99 ms |\n|---|---|---|---|\n");
    t += QStringLiteral("| raw SQLite, 1 row per commit, synchronous=FULL | %1 | %2 | %3 |\n").arg(full.opsPerSecond, 0, 'f', 0).arg(ms(full.p50Ms), ms(full.p99Ms));
    t += QStringLiteral("| raw SQLite, 1 row per commit, synchronous=NORMAL | %1 | %2 | %3 |\n").arg(normal.opsPerSecond, 0, 'f', 0).arg(ms(normal.p50Ms), ms(normal.p99Ms));
    t += QStringLiteral("| hallq-server, %1 clients (%2 kiosks, %3 counters) offered %4 ops/s, acknowledged when durable (client side) | **%5** | %6 | **%7** |\n")
             .arg(clients).arg(kiosks).arg(counters).arg(rate, 0, 'f', 0)
             .arg(achieved, 0, 'f', 0).arg(ms(percentile(latencies, 0.5)), ms(percentile(latencies, 0.99)));
    t += QStringLiteral("| the same inside the server (decision → durable, histogram bucket bounds) | | ≤ %1 | ≤ %2 |\n")
             .arg(bucketPercentileMs(before, after, 0.5)).arg(bucketPercentileMs(before, after, 0.99));
    t += QStringLiteral("\nServer RSS with %1 clients connected after the run: %2 MiB. Goal: ≥ 1,200 durable ops/s with 500 clients, p99 ack ≤ 3 ms.\n")
             .arg(clients).arg(double(rss) / 1024, 0, 'f', 1);
    return t;
}

// ---- fan-out -----------------------------------------------------------------
struct FanoutFigures
{
    double p50 = 0, p99 = 0, max = 0;
    qint64 received = 0, expected = 0;
    double rssPerClientKb = 0;
    double serverP50 = 0, serverP99 = 0;
};

FanoutFigures latencyOf(const std::vector<std::pair<QString, qint64>> &arrivals, const QHash<QString, qint64> &sentAt,
                        qint64 expected)
{
    std::vector<double> l;
    for (const auto &[tag, at] : arrivals)
        if (sentAt.contains(tag))
            l.push_back(double(at - sentAt.value(tag)) / 1e6);
    FanoutFigures f;
    f.p50 = percentile(l, 0.5);
    f.p99 = percentile(l, 0.99);
    f.max = l.empty() ? 0 : *std::max_element(l.begin(), l.end());
    f.received = qint64(l.size());
    f.expected = expected;
    return f;
}

FanoutFigures fanoutServer(int boards, int calls, int threads)
{
    ServerUnderTest server(1, 1, 1);
    Driver kiosk, counter;
    if (!kiosk.open(server.url()) || !kiosk.hello() ||
        !kiosk.ok(QStringLiteral("auth.device"), QStringLiteral("{\"token\":\"%1\"}").arg(server.accounts.kioskToken)))
        qFatal("fanout: kiosk");
    if (!counter.open(server.url()) || !counter.hello() ||
        !counter.ok(QStringLiteral("auth.login"), QStringLiteral("{\"staffId\":\"bench0\",\"password\":\"%1\"}").arg(server.accounts.password)) ||
        !counter.ok(QStringLiteral("window.open"), QStringLiteral("{\"window\":1}")))
        qFatal("fanout: counter");
    for (int i = 0; i < calls; ++i)
        kiosk.ok(QStringLiteral("ticket.issue"), QStringLiteral("{\"serviceId\":\"svca\"}"));
    waitFor([] { return false; }, 1000);
    const qint64 rssBefore = server.rss();

    Pool pool(threads);
    std::vector<LoadWorker::Spec> specs;
    for (int i = 0; i < boards; ++i)
        specs.push_back({LoadPeer::Role::Board, server.url(), server.accounts.displayToken, i, 1});
    pool.add(specs);
    if (!pool.waitReady(boards, 600000))
        qFatal("fanout: only %d of %d boards ready", pool.shared.ready.load(), boards);
    waitFor([] { return false; }, 2000);
    const qint64 rssAfter = server.rss();
    note(QStringLiteral("fanout: %1 boards subscribed").arg(boards));
    const auto before = histogramBuckets(httpGet(server.port, QStringLiteral("/metrics")), QStringLiteral("hallq_call_fanout_seconds"));

    QHash<QString, qint64> sentAt;
    for (int c = 0; c < calls; ++c) {
        const qint64 t0 = steadyNs();
        const QJsonObject reply = counter.request(QStringLiteral("call.next"), QStringLiteral("{\"window\":1}"));
        const QString number = reply.value(QStringLiteral("body")).toObject().value(QStringLiteral("ticket")).toObject()
                                   .value(QStringLiteral("number")).toString();
        if (number.isEmpty())
            qFatal("fanout: call.next failed");
        sentAt.insert(number, t0);
        // Let every board have it before the next call, so calls do not queue behind each other.
        waitFor([&] {
            qint64 n = 0;
            for (const auto &a : pool.calls())
                n += a.first == number;
            return n >= boards;
        }, 20000);
        counter.ok(QStringLiteral("serve.start"), QStringLiteral("{\"window\":1}"));
        counter.ok(QStringLiteral("serve.finish"), QStringLiteral("{\"window\":1}"));
    }
    const auto after = histogramBuckets(httpGet(server.port, QStringLiteral("/metrics")), QStringLiteral("hallq_call_fanout_seconds"));
    FanoutFigures f = latencyOf(pool.calls(), sentAt, qint64(boards) * calls);
    f.rssPerClientKb = double(rssAfter - rssBefore) / boards;
    f.serverP50 = bucketPercentileMs(before, after, 0.5);
    f.serverP99 = bucketPercentileMs(before, after, 0.99);
    return f;
}

// The baseline: the bench binary itself as a bare QWebSocketServer with the
// stock event loop, broadcasting each "go N" from the control connection.
int baselineServer()
{
    QWebSocketServer server(QStringLiteral("baseline"), QWebSocketServer::NonSecureMode);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    std::printf("port %d\n", server.serverPort());
    std::fflush(stdout);
    QList<QWebSocket *> clients;
    QObject::connect(&server, &QWebSocketServer::newConnection, [&] {
        while (QWebSocket *s = server.nextPendingConnection()) {
            clients.append(s);
            QObject::connect(s, &QWebSocket::textMessageReceived, [&clients, s](const QString &text) {
                if (!text.startsWith(QStringLiteral("go ")))
                    return;
                // About the size of a call event.
                const QString frame = text.mid(3) + QLatin1Char('|') + QString(250, QLatin1Char('x'));
                for (QWebSocket *c : std::as_const(clients))
                    if (c != s)
                        c->sendTextMessage(frame);
            });
            QObject::connect(s, &QWebSocket::disconnected, [&clients, s] {
                clients.removeOne(s);
                s->deleteLater();
            });
        }
    });
    return QCoreApplication::exec();
}

FanoutFigures fanoutBaseline(int boards, int calls, int threads)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_NO_GLIB")); // the stock event loop
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--baseline-server")});
    quint16 port = 0;
    QString output;
    waitFor([&] {
        output += QString::fromUtf8(process.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("port (\\d+)")).match(output);
        port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
        return port != 0;
    }, 20000);
    if (!port)
        qFatal("baseline server did not start");
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    Pool pool(threads);
    std::vector<LoadWorker::Spec> specs;
    for (int i = 0; i < boards; ++i)
        specs.push_back({LoadPeer::Role::Bare, url, {}, i, 1});
    pool.add(specs);
    if (!pool.waitReady(boards, 600000))
        qFatal("baseline: boards not connected");
    Driver control;
    control.open(url);
    waitFor([] { return false; }, 2000);
    QHash<QString, qint64> sentAt;
    for (int c = 0; c < calls; ++c) {
        const QString tag = QString::number(c);
        sentAt.insert(tag, steadyNs());
        control.sendText(QStringLiteral("go ") + tag);
        waitFor([&] {
            qint64 n = 0;
            for (const auto &a : pool.calls())
                n += a.first == tag;
            return n >= boards;
        }, 20000);
    }
    const FanoutFigures f = latencyOf(pool.calls(), sentAt, qint64(boards) * calls);
    pool.workers.clear();
    process.kill();
    process.waitForFinished(5000);
    return f;
}

QString fanout(const QList<int> &boardCounts, int calls, int threads)
{
    QString t;
    t += QStringLiteral("| boards | what | p50 ms | p99 ms | max ms | received | server RSS per board KiB |\n|---|---|---|---|---|---|---|\n");
    for (int boards : boardCounts) {
        const FanoutFigures base = fanoutBaseline(boards, calls, threads);
        const FanoutFigures real = fanoutServer(boards, calls, threads);
        t += QStringLiteral("| %1 | bare QWebSocketServer broadcast (stock event loop) | %2 | %3 | %4 | %5/%6 | |\n")
                 .arg(boards).arg(ms(base.p50), ms(base.p99), ms(base.max)).arg(base.received).arg(base.expected);
        t += QStringLiteral("| %1 | hallq-server: call.next sent → event.call on each board | **%2** | **%3** | %4 | %5/%6 | %7 |\n")
                 .arg(boards).arg(ms(real.p50), ms(real.p99), ms(real.max)).arg(real.received).arg(real.expected)
                 .arg(real.rssPerClientKb, 0, 'f', 1);
        t += QStringLiteral("| %1 | inside the server: sending one call to every subscriber (`hallq_call_fanout_seconds`, bucket bound) | ≤ %2 | ≤ %3 | | | |\n")
                 .arg(boards).arg(real.serverP50).arg(real.serverP99);
    }
    t += QStringLiteral("\nGoal: op → 1,000 boards p99 ≤ 10 ms, → 10,000 boards p99 ≤ 100 ms.\n");
    return t;
}

// ---- recovery ----------------------------------------------------------------
void buildYear(const QString &databasePath, int tickets, int services)
{
    storage::SqliteStore store(databasePath, QStringLiteral("bench-year"));
    store.migrate();
    const QDate today = QDate::currentDate();
    const int days = 250; // a year of workdays
    const int perDay = std::max(1, tickets / days);
    qint64 id = 0, eventId = 0;
    QList<engine::ChangeSet> batch;
    for (int d = days; d >= 1; --d) {
        const QDate day = today.addDays(-d * 365 / days);
        engine::ChangeSet c;
        QHash<QString, int> sequence;
        for (int i = 0; i < perDay; ++i) {
            engine::Ticket t;
            t.id = ++id;
            t.serviceId = QStringLiteral("svc") + QChar::fromLatin1(char('a' + i % services));
            t.businessDay = day;
            t.sequence = ++sequence[t.serviceId];
            t.number = QString(QChar::fromLatin1(char('A' + i % services))) + QString::number(t.sequence).rightJustified(4, QLatin1Char('0'));
            t.token = QStringLiteral("year-%1").arg(id);
            t.state = engine::TicketState::Finished;
            t.issuedAt = QDateTime(day, QTime(9, 0).addSecs(i * 10), Qt::UTC);
            t.calledAt = t.issuedAt.addSecs(600);
            t.servingAt = t.calledAt.addSecs(30);
            t.finishedAt = t.servingAt.addSecs(300);
            t.order = t.issueOrder = id;
            t.window = t.firstWindow = 1 + i % 20;
            t.issuedBy = QStringLiteral("kiosk-1");
            c.tickets.append(t);
            for (const auto &[type, at] : {std::pair{engine::EventType::Issued, t.issuedAt},
                                           std::pair{engine::EventType::Called, t.calledAt},
                                           std::pair{engine::EventType::Finished, t.finishedAt}}) {
                engine::Event e;
                e.id = ++eventId;
                e.type = type;
                e.at = at;
                e.actor = QStringLiteral("bench");
                e.window = type == engine::EventType::Issued ? 0 : t.window;
                e.ticketId = t.id;
                c.events.append(e);
            }
        }
        for (auto it = sequence.cbegin(); it != sequence.cend(); ++it)
            c.sequences.append({it.key(), day, it.value(), it.value()});
        batch.append(c);
        if (batch.size() >= 10) {
            store.commit(batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        store.commit(batch);
}

// Start → listening, and start → a display's subscribe answered (serving).
std::pair<double, double> startToServing(const QString &settings, const QString &dataDir, const QString &displayToken)
{
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    const quint16 port = startServer(process, {QStringLiteral("--config"), settings, QStringLiteral("--data-dir"), dataDir});
    const double listening = double(clock.nsecsElapsed()) / 1e6;
    Driver board;
    const bool served = board.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port))) && board.hello() &&
                        board.ok(QStringLiteral("auth.device"), QStringLiteral("{\"token\":\"%1\"}").arg(displayToken)) &&
                        board.ok(QStringLiteral("subscribe"), QStringLiteral("{\"scope\":\"hall\"}"));
    const double serving = double(clock.nsecsElapsed()) / 1e6;
    process.terminate();
    process.waitForFinished(20000);
    if (!served)
        qFatal("recovery: the server did not serve");
    return {listening, serving};
}

QString recovery(int tickets)
{
    constexpr int kServices = 8;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-load-XXXXXX"));
    const QString hall = dir.path() + QStringLiteral("/hall.json");
    const QString settings = dir.path() + QStringLiteral("/server.json");
    writeBenchHall(hall, kServices, 20);
    writeBenchSettings(settings, hall);
    QString t = QStringLiteral("| database | tickets | size MB | start → listening ms (median of 3) | start → serving ms (median of 3) |\n|---|---|---|---|---|\n");
    for (const int n : {0, tickets}) {
        const QString data = dir.path() + QStringLiteral("/data-%1").arg(n);
        QDir().mkpath(data);
        const QString db = data + QStringLiteral("/hallq.sqlite");
        const BenchAccounts accounts = seedBenchAccounts(db, 0);
        if (n > 0) {
            QElapsedTimer build;
            build.start();
            buildYear(db, n, kServices);
            note(QStringLiteral("recovery: %1 tickets written in %2 s").arg(n).arg(double(build.elapsed()) / 1000, 0, 'f', 1));
        }
        std::vector<double> listening, serving;
        for (int i = 0; i < 3; ++i) {
            const auto [l, s] = startToServing(settings, data, accounts.displayToken);
            listening.push_back(l);
            serving.push_back(s);
        }
        t += QStringLiteral("| %1 | %2 | %3 | %4 | **%5** |\n")
                 .arg(n == 0 ? QStringLiteral("empty (baseline)") : QStringLiteral("a year of a busy hall"))
                 .arg(n)
                 .arg(double(QFileInfo(db).size()) / 1e6, 0, 'f', 0)
                 .arg(percentile(listening, 0.5), 0, 'f', 0)
                 .arg(percentile(serving, 0.5), 0, 'f', 0);
    }
    t += QStringLiteral("\nGoal: a year-size database (≈400,000 tickets with their events): start → serving ≤ 1 s.\n");
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--baseline-server")))
        return baselineServer();
    qputenv("QT_NO_GLIB", "1"); // children too: the server runs as in production
    QStringList phases{QStringLiteral("durable"), QStringLiteral("fanout"), QStringLiteral("recovery")};
    int clients = 500, threads = 8, calls = 20, tickets = 400000;
    double rate = 1200, seconds = 10;
    QList<int> boards{1000, 10000};
    QString markdown;
    for (int i = 1; i + 1 < args.size(); ++i) {
        const QString &v = args[i + 1];
        if (args[i] == QStringLiteral("--phases"))
            phases = v.split(QLatin1Char(','));
        else if (args[i] == QStringLiteral("--clients"))
            clients = v.toInt();
        else if (args[i] == QStringLiteral("--rate"))
            rate = v.toDouble();
        else if (args[i] == QStringLiteral("--seconds"))
            seconds = v.toDouble();
        else if (args[i] == QStringLiteral("--threads"))
            threads = v.toInt();
        else if (args[i] == QStringLiteral("--calls"))
            calls = v.toInt();
        else if (args[i] == QStringLiteral("--tickets"))
            tickets = v.toInt();
        else if (args[i] == QStringLiteral("--markdown"))
            markdown = v;
        else if (args[i] == QStringLiteral("--boards")) {
            boards.clear();
            for (const QString &b : v.split(QLatin1Char(',')))
                boards.append(b.toInt());
        }
    }
    QString text;
    if (phases.contains(QStringLiteral("durable"))) {
        text += QStringLiteral("**Durable operations** (%1 clients over %2 load threads, %3 s per phase):\n\n").arg(clients).arg(threads).arg(seconds);
        text += durable(clients, rate, seconds, threads) + QLatin1Char('\n');
    }
    if (phases.contains(QStringLiteral("fanout"))) {
        text += QStringLiteral("**Call → boards** (%1 calls each, boards over %2 load threads):\n\n").arg(calls).arg(threads);
        text += fanout(boards, calls, threads) + QLatin1Char('\n');
    }
    if (phases.contains(QStringLiteral("recovery"))) {
        text += QStringLiteral("**Recovery**:\n\n");
        text += recovery(tickets);
    }
    out() << text;
    out().flush();
    if (!markdown.isEmpty()) {
        QFile file(markdown);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(text.toUtf8());
    }
    return 0;
}
