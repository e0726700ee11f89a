// Benchmark for the display (issue #6).
//
//  1. Call → shown: a counter calls a ticket on the real hallq-server; the time
//     until each connected board has the call. Boards are headless load clients
//     (the real HallSession, one WebSocket each) spread over worker processes,
//     plus one real board (DisplayController + the QML, offscreen) timed to the
//     first frame that shows the number. Baseline: the same with one board.
//  2. Idle: the real hallq-display (hall mode, notices scrolling, clock ticking)
//     and a minimal Qt Quick app built in the same tree, each left alone: CPU
//     (share of one core) and RSS.
//
// Usage: bench_display [--boards 1000] [--workers 4] [--calls 30] [--idle-seconds 60] [--markdown FILE]
// Worker mode (started by the benchmark itself): bench_display --worker URL TOKEN COUNT
#include "client/HallSession.h"
#include "core/DisplayController.h"
#include "qml/DisplayView.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace hallq;
using namespace Qt::StringLiterals;

namespace {

qint64 nowUs()
{
    // CLOCK_MONOTONIC is one clock for every process of the machine.
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::usleep(200);
    }
    return true;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

// ---------------------------------------------------------------- worker

int runWorker(const QUrl &url, const QString &token, int count)
{
    std::vector<std::unique_ptr<client::HallSession>> boards;
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        auto session = std::make_unique<client::HallSession>();
        session->setServerUrl(url);
        session->setDeviceToken(token);
        session->setClientInfo(u"bench-board"_s, u"0"_s);
        QObject::connect(session.get(), &client::HallSession::callEvent, session.get(),
                         [&out](const protocol::CallEvent &e, client::EventOrigin origin) {
                             if (origin == client::EventOrigin::Live)
                                 out << "recv " << e.call.ticketNumber << ' ' << nowUs() << '\n';
                         });
        boards.push_back(std::move(session));
    }
    // Connect in waves: a real hall's boards come up over seconds, not in one instant.
    for (int i = 0; i < count; ++i) {
        boards[i]->start();
        if (i % 50 == 49)
            waitFor([&] { return boards[i]->isReady(); }, 30000);
    }
    if (!waitFor([&] { return std::all_of(boards.begin(), boards.end(), [](auto &b) { return b->isReady(); }); },
                 120000)) {
        fprintf(stderr, "worker: boards did not all connect\n");
        return 1;
    }
    out << "ready\n";
    out.flush();
    // Flush lines as they come (the coordinator reads them live) and stop when stdin closes.
    QTimer flush;
    QObject::connect(&flush, &QTimer::timeout, [&out] { out.flush(); });
    flush.start(2);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [] {
        char c;
        if (::read(STDIN_FILENO, &c, 1) <= 0)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------- coordinator

struct Hall
{
    QTemporaryDir dir;
    QProcess server;
    QUrl url;
    quint16 port = 0;
    QHash<QString, QString> credentials;

    bool start()
    {
        const QString dataDir = dir.filePath(u"var"_s);
        QProcess admin;
        admin.start(QStringLiteral(HALLQ_BIN_DIR "/hallq-admin"), {u"--data-dir"_s, dataDir, u"demo"_s, u"init"_s});
        if (!admin.waitForFinished(60000) || admin.exitCode() != 0) {
            fprintf(stderr, "hallq-admin demo init failed: %s\n", admin.readAllStandardError().constData());
            return false;
        }
        QFile file(dataDir + u"/demo-credentials.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith('#'))
                credentials.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        // Every service issues at any hour, so the benchmark does not depend on the clock.
        QFile hallIn(QStringLiteral(HALLQ_SOURCE_DIR "/resources/halls/chaling.json"));
        hallIn.open(QIODevice::ReadOnly);
        QByteArray hall = hallIn.readAll();
        hall.replace("\"issueOutsideHours\": false", "\"issueOutsideHours\": true");
        hall.replace("\"files\": [\"../calendars/", "\"files\": [\"" HALLQ_SOURCE_DIR "/resources/calendars/");
        QFile hallOut(dir.filePath(u"hall.json"_s));
        hallOut.open(QIODevice::WriteOnly);
        hallOut.write(hall);
        hallOut.close();
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(HALLQ_BIN_DIR "/hallq-server"),
                     {u"--config"_s, QStringLiteral(HALLQ_SOURCE_DIR "/resources/server.json"), u"--data-dir"_s, dataDir,
                      u"--port"_s, u"0"_s, u"--hall"_s, hallOut.fileName()});
        if (!server.waitForStarted(10000))
            return false;
        QString output;
        const QRegularExpression listening(u"listening on ws://[^:]+:(\\d+)"_s);
        waitFor([&] {
            output += QString::fromUtf8(server.readAll());
            if (const auto m = listening.match(output); m.hasMatch())
                port = quint16(m.captured(1).toUInt());
            return port != 0 || server.state() != QProcess::Running;
        }, 20000);
        if (!port)
            fprintf(stderr, "server did not start: %s\n", qPrintable(output));
        url = QUrl(u"ws://127.0.0.1:%1"_s.arg(port));
        return port != 0;
    }
    ~Hall()
    {
        server.terminate();
        server.waitForFinished(10000);
    }
};

template <class Req>
std::optional<client::HallSession::ReplyOf<Req>> call(client::HallSession &s, const Req &r)
{
    std::optional<std::variant<client::HallSession::ReplyOf<Req>, protocol::Error>> result;
    s.request(r, [&](auto v) { result = std::move(v); });
    waitFor([&] { return result.has_value(); }, 15000);
    if (!result || std::holds_alternative<protocol::Error>(*result)) {
        fprintf(stderr, "%s failed: %s\n", protocol::MessageTraits<Req>::name().data(),
                result ? qPrintable(std::get<protocol::Error>(*result).message) : "timeout");
        return std::nullopt;
    }
    return std::get<0>(*result);
}

struct Worker
{
    std::unique_ptr<QProcess> process;
    QByteArray buffer;
    bool ready = false;
};

struct FanOut
{
    std::vector<double> boardsMs;  // every board, every call
    std::vector<double> shownMs;   // the real QML board: call → first frame with the number
    int missing = 0;
};

FanOut measureFanOut(Hall &hall, int boards, int workers, int calls, bool realBoard)
{
    FanOut result;
    std::vector<Worker> pool(workers);
    std::map<QString, std::vector<qint64>> received; // ticket -> receive times
    const auto drain = [&] {
        for (auto &w : pool) {
            w.buffer += w.process->readAllStandardOutput();
            qsizetype nl;
            while ((nl = w.buffer.indexOf('\n')) >= 0) {
                const QByteArray line = w.buffer.left(nl);
                w.buffer.remove(0, nl + 1);
                if (line == "ready")
                    w.ready = true;
                else if (line.startsWith("recv ")) {
                    const QList<QByteArray> parts = line.split(' ');
                    received[QString::fromUtf8(parts.value(1))].push_back(parts.value(2).toLongLong());
                }
            }
        }
    };
    for (int i = 0; i < workers; ++i) {
        pool[i].process = std::make_unique<QProcess>();
        pool[i].process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const int share = boards / workers + (i < boards % workers ? 1 : 0);
        pool[i].process->start(QCoreApplication::applicationFilePath(),
                               {u"--worker"_s, hall.url.toString(), hall.credentials.value(u"HALLQ_DISPLAY_TOKEN"_s),
                                QString::number(share)});
    }
    if (!waitFor([&] {
            drain();
            return std::all_of(pool.begin(), pool.end(), [](auto &w) { return w.ready; });
        }, 180000))
        qFatal("workers did not connect their boards");

    // The one real board: session, mirror, view-model and QML, rendering offscreen.
    std::unique_ptr<display::DisplayController> controller;
    std::unique_ptr<QQmlEngine> engine;
    std::unique_ptr<QQuickWindow> window;
    QString shownNumber;
    qint64 shownAt = 0;
    if (realBoard) {
        display::DisplaySettings s;
        s.server = hall.url;
        s.token = hall.credentials.value(u"HALLQ_DISPLAY_TOKEN"_s);
        s.voice.enabled = false;
        controller = std::make_unique<display::DisplayController>(s);
        engine = std::make_unique<QQmlEngine>();
        QString error;
        window = display::DisplayView::create(*engine, *controller, &error);
        if (!window)
            qFatal("QML: %s", qPrintable(error));
        window->resize(1920, 1080);
        window->show();
        controller->start();
        waitFor([&] { return controller->connected(); }, 10000);
        auto *number = window->findChild<QQuickItem *>(u"callNumber"_s);
        bool pending = false;
        QObject::connect(number, &QQuickItem::objectNameChanged, [] {});
        QObject::connect(controller->board(), &display::BoardModel::latestChanged, [&] { pending = true; });
        QObject::connect(window.get(), &QQuickWindow::frameSwapped, [&, number] {
            if (!pending)
                return;
            pending = false;
            shownNumber = number->property("text").toString();
            shownAt = nowUs();
        });
    }

    client::HallSession kiosk, counter;
    kiosk.setServerUrl(hall.url);
    kiosk.setDeviceToken(hall.credentials.value(u"HALLQ_KIOSK_TOKEN"_s));
    counter.setServerUrl(hall.url);
    counter.setStaffCredentials(hall.credentials.value(u"HALLQ_DEMO_STAFF_ID"_s),
                                hall.credentials.value(u"HALLQ_DEMO_PASSWORD"_s));
    kiosk.start();
    counter.start();
    waitFor([&] { return kiosk.isReady() && counter.isReady(); }, 15000);
    protocol::WindowOpenRequest open;
    open.window = 1;
    call(counter, open); // may already be open from an earlier phase

    for (int i = 0; i < calls; ++i) {
        protocol::TicketIssueRequest issue;
        issue.serviceId = u"consult"_s;
        if (!call(kiosk, issue))
            qFatal("issue failed");
        protocol::CallNextRequest next;
        next.window = 1;
        const qint64 sentAt = nowUs();
        const auto called = call(counter, next);
        if (!called)
            qFatal("call.next failed");
        const QString number = called->ticket.number;
        const bool all = waitFor([&] {
            drain();
            return int(received[number].size()) >= boards && (!realBoard || shownNumber == number);
        }, 10000);
        drain();
        for (qint64 t : received[number])
            result.boardsMs.push_back(double(t - sentAt) / 1000.0);
        result.missing += std::max(0, boards - int(received[number].size()));
        if (realBoard && shownNumber == number)
            result.shownMs.push_back(double(shownAt - sentAt) / 1000.0);
        if (!all)
            fprintf(stderr, "call %s: only %zu of %d boards within 10 s\n", qPrintable(number), received[number].size(),
                    boards);
        protocol::ServeStartRequest start;
        start.window = 1;
        call(counter, start);
        protocol::ServeFinishRequest finish;
        finish.window = 1;
        call(counter, finish);
        waitFor([] { return false; }, 150); // let the hall settle between calls
    }
    for (auto &w : pool) {
        w.process->closeWriteChannel();
        if (!w.process->waitForFinished(10000))
            w.process->kill();
    }
    return result;
}

QByteArray httpGet(quint16 port, const char *path)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(QByteArray("GET ") + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(5000))
        response += socket.readAll();
    return response;
}

// hallq_call_fanout_seconds buckets: (upper bound in ms, cumulative count).
std::vector<std::pair<double, qint64>> fanOutBuckets(quint16 port)
{
    std::vector<std::pair<double, qint64>> buckets;
    static const QRegularExpression line(u"hallq_call_fanout_seconds_bucket\\{le=\"([^\"]+)\"\\} (\\d+)"_s);
    auto it = line.globalMatch(QString::fromUtf8(httpGet(port, "/metrics")));
    while (it.hasNext()) {
        const auto m = it.next();
        buckets.emplace_back(m.captured(1) == u"+Inf" ? 1e12 : m.captured(1).toDouble() * 1000.0, m.captured(2).toLongLong());
    }
    return buckets;
}

// The bucket bound under which a share `p` of the calls between two scrapes fell.
double bucketPercentile(const std::vector<std::pair<double, qint64>> &before,
                        const std::vector<std::pair<double, qint64>> &after, double p)
{
    if (before.size() != after.size() || after.empty())
        return -1;
    const qint64 total = after.back().second - before.back().second;
    for (size_t i = 0; i < after.size(); ++i)
        if (double(after[i].second - before[i].second) >= p * double(total))
            return after[i].first;
    return -1;
}

struct Usage
{
    double cpuPercent = 0;
    double rssMb = 0;
};

qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return f.value(11).toLongLong() + f.value(12).toLongLong(); // utime + stime
}

double rssMb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

Usage idleUsage(const QString &program, const QStringList &args, int warmupSeconds, int seconds,
                const QString &quickBackend = {})
{
    QProcess p;
    if (!quickBackend.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QUICK_BACKEND"_s, quickBackend);
        p.setProcessEnvironment(env);
    }
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForStarted(10000))
        qFatal("cannot start %s", qPrintable(program));
    waitFor([] { return false; }, warmupSeconds * 1000);
    const qint64 before = cpuTicks(p.processId());
    QElapsedTimer t;
    t.start();
    waitFor([] { return false; }, seconds * 1000);
    const qint64 after = cpuTicks(p.processId());
    Usage u;
    u.cpuPercent = 100.0 * double(after - before) / double(sysconf(_SC_CLK_TCK)) / (double(t.elapsed()) / 1000.0);
    u.rssMb = rssMb(p.processId());
    p.terminate();
    if (!p.waitForFinished(5000))
        p.kill();
    return u;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = [&] {
        QStringList a;
        for (int i = 0; i < argc; ++i)
            a << QString::fromLocal8Bit(argv[i]);
        return a;
    }();
    qputenv("QT_NO_GLIB", "1");
    if (args.value(1) == u"--worker") {
        QCoreApplication app(argc, argv);
        return runWorker(QUrl(args.value(2)), args.value(3), args.value(4).toInt());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const auto option = [&](const QString &name, int fallback) {
        const int i = args.indexOf(name);
        return i > 0 ? args.value(i + 1).toInt() : fallback;
    };
    const int boards = option(u"--boards"_s, 1000);
    const int workers = option(u"--workers"_s, 4);
    const int calls = option(u"--calls"_s, 30);
    const int idleSeconds = option(u"--idle-seconds"_s, 60);
    const int mdIndex = args.indexOf(u"--markdown"_s);
    const QString markdown = mdIndex > 0 ? args.value(mdIndex + 1) : QString();

    Hall hall;
    if (!hall.start())
        return 1;
    fprintf(stderr, "baseline: 1 board\n");
    const FanOut one = measureFanOut(hall, 1, 1, calls, false);
    fprintf(stderr, "%d boards over %d workers + 1 QML board\n", boards, workers);
    const auto bucketsBefore = fanOutBuckets(hall.port);
    const FanOut many = measureFanOut(hall, boards, workers, calls, true);
    const auto bucketsAfter = fanOutBuckets(hall.port);

    fprintf(stderr, "idle: hallq-display and the minimal Qt Quick app, %d s each\n", idleSeconds);
    QStringList displayArgs{u"--mode"_s, u"hall"_s, u"--server"_s, hall.url.toString(), u"--windowed"_s,
                            u"--size"_s, u"1920x1080"_s, u"--no-voice"_s};
    qputenv("HALLQ_DISPLAY_TOKEN", hall.credentials.value(u"HALLQ_DISPLAY_TOKEN"_s).toUtf8());
    const Usage board = idleUsage(QStringLiteral(HALLQ_BIN_DIR "/hallq-display"), displayArgs, 10, idleSeconds);
    const Usage boardGl = idleUsage(QStringLiteral(HALLQ_BIN_DIR "/hallq-display"),
                                    displayArgs + QStringList{u"--renderer"_s, u"gl"_s}, 10, idleSeconds);
    const Usage minimal = idleUsage(QStringLiteral(HALLQ_BENCH_DIR "/bench_minimal_quick"), {}, 10, idleSeconds,
                                    u"software"_s);
    const Usage minimalGl = idleUsage(QStringLiteral(HALLQ_BENCH_DIR "/bench_minimal_quick"), {}, 10, idleSeconds);

    QString md;
    QTextStream o(&md);
    o << "| call → on the board | boards | samples | p50 ms | p99 ms | max ms | missed |\n|---|---|---|---|---|---|---|\n";
    o << "| baseline: one board (HallSession) | 1 | " << one.boardsMs.size() << " | " << percentile(one.boardsMs, 0.5)
      << " | " << percentile(one.boardsMs, 0.99) << " | " << percentile(one.boardsMs, 1.0) << " | " << one.missing << " |\n";
    o << "| every board (HallSession load clients, " << workers << " processes) | " << boards << " | "
      << many.boardsMs.size() << " | " << percentile(many.boardsMs, 0.5) << " | " << percentile(many.boardsMs, 0.99)
      << " | " << percentile(many.boardsMs, 1.0) << " | " << many.missing << " |\n";
    o << "| the real board among them, to the first frame showing the number (QML, offscreen) | 1 | "
      << many.shownMs.size() << " | " << percentile(many.shownMs, 0.5) << " | " << percentile(many.shownMs, 0.99)
      << " | " << percentile(many.shownMs, 1.0) << " | " << (calls - int(many.shownMs.size())) << " |\n";
    o << "| inside the server: sending the call to every subscriber (`hallq_call_fanout_seconds`, bucket bound) | "
      << boards + 1 << " | " << (bucketsAfter.empty() ? 0 : bucketsAfter.back().second - bucketsBefore.back().second)
      << " | ≤ " << bucketPercentile(bucketsBefore, bucketsAfter, 0.5) << " | ≤ "
      << bucketPercentile(bucketsBefore, bucketsAfter, 0.99) << " | | |\n";
    o << "\np99 at " << boards << " boards / p99 at one board: "
      << QString::number(percentile(many.boardsMs, 0.99) / std::max(0.001, percentile(one.boardsMs, 0.99)), 'f', 1)
      << "×\n\n";
    o << "| idle, " << idleSeconds << " s after 10 s warm-up (QT_QPA_PLATFORM=" << qgetenv("QT_QPA_PLATFORM")
      << ") | CPU % of one core | RSS MB |\n|---|---|---|\n";
    const auto row = [&o](const char *what, const Usage &u) {
        o << "| " << what << " | " << QString::number(u.cpuPercent, 'f', 2) << " | " << QString::number(u.rssMb, 'f', 1)
          << " |\n";
    };
    row("hallq-display --mode hall (clock, notices scrolling, connected), software renderer (its default)", board);
    row("minimal Qt Quick app (one window, one text), software renderer", minimal);
    row("hallq-display --mode hall --renderer gl", boardGl);
    row("minimal Qt Quick app, default renderer (OpenGL)", minimalGl);
    o << "\nRSS hallq-display / minimal app, same renderer: software "
      << QString::number(board.rssMb / std::max(0.1, minimal.rssMb), 'f', 2) << "×, OpenGL "
      << QString::number(boardGl.rssMb / std::max(0.1, minimalGl.rssMb), 'f', 2) << "×\n";
    o.flush();
    printf("%s", qPrintable(md));
    if (!markdown.isEmpty()) {
        QFile f(markdown);
        if (f.open(QIODevice::WriteOnly))
            f.write(md.toUtf8());
    }
    return 0;
}
