// Key press → the call shown on a subscribed display, with the real server.
//
//   build/bench/bench_counter_call [--calls N] [--markdown FILE]
//
// Staff press F1 on the real counter window (offscreen); the time runs until a
// display client (a HallSession subscribed to the hall, as boards are) has
// decoded the event.call for that ticket. The baseline, measured in the same
// run and interleaved with it, is a bare client sending call.next itself: the
// difference is what the counter (shortcut, action rules, controller) adds.
// The board runs on its own thread, as it would on its own machine.
// Goal (issue #5): p99 ≤ 50 ms.
#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "counter/core/CounterController.h"
#include "counter/core/HallCatalogue.h"
#include "counter/core/NoticePrinting.h"
#include "counter/ui/CounterWindow.h"
#include "net/Credentials.h"
#include "storage/SqliteStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace hallq;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"bench-password"_s;

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto index = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[index];
}

void writeHall(const QString &path)
{
    const QString hallsDir = QStringLiteral(HALLQ_SOURCE_DIR "/resources/halls");
    QFile in(hallsDir + u"/chaling.json"_s);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the Chaling hall");
    QJsonObject hall = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray services;
    for (const auto &value : hall.value(u"services"_s).toArray()) {
        QJsonObject service = value.toObject();
        service.insert(u"issueOutsideHours"_s, true); // the bench runs at any hour
        services.append(service);
    }
    hall.insert(u"services"_s, services);
    QJsonObject calendar = hall.value(u"calendar"_s).toObject();
    QJsonArray files;
    for (const auto &file : calendar.value(u"files"_s).toArray())
        files.append(QDir(hallsDir).absoluteFilePath(file.toString()));
    calendar.insert(u"files"_s, files);
    hall.insert(u"calendar"_s, calendar);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write the hall");
    out.write(QJsonDocument(hall).toJson());
}

void seed(const QString &database, const QString &displayToken)
{
    storage::SqliteStore store(database, u"bench-setup"_s);
    store.migrate();
    const QString hash = net::Credentials::hashPassword(kPassword);
    const std::pair<const char *, const char *> accounts[] = {{"ui", "counter"}, {"raw", "counter"}, {"desk", "guide"}};
    for (const auto &[id, role] : accounts) {
        storage::StaffAccount staff;
        staff.staffId = QString::fromLatin1(id);
        staff.name = u"压测"_s + staff.staffId;
        staff.departmentId = u"center"_s;
        staff.roles = {QString::fromLatin1(role)};
        staff.passwordHash = hash;
        store.saveStaff(staff);
    }
    storage::DeviceToken device;
    device.deviceId = u"bench-board"_s;
    device.kind = u"display"_s;
    device.name = u"bench"_s;
    device.tokenHash = net::Credentials::hashToken(displayToken);
    store.saveDevice(device);
}

template <class Req>
std::optional<client::HallSession::ReplyOf<Req>> call(client::HallSession &session, const Req &request)
{
    std::optional<std::variant<client::HallSession::ReplyOf<Req>, protocol::Error>> result;
    session.request(request, [&](auto r) { result = std::move(r); });
    if (!waitFor([&] { return result.has_value(); }) || std::holds_alternative<protocol::Error>(*result))
        return std::nullopt;
    return std::get<0>(*result);
}

struct Stats
{
    double p50, p99, mean;
};

Stats stats(const std::vector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return {percentile(v, 0.5), percentile(v, 0.99), v.empty() ? 0 : sum / double(v.size())};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int calls = 300;
    QString markdown;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--calls")
            calls = args[i + 1].toInt();
        else if (args[i] == u"--markdown")
            markdown = args[i + 1];
    }

    QTemporaryDir dir;
    const QString dataDir = dir.path() + u"/data"_s;
    QDir().mkpath(dataDir);
    const QString hall = dir.path() + u"/hall.json"_s;
    writeHall(hall);
    // Counters here act faster than people do: the per-connection rate limit is not what is measured.
    const QString settings = dir.path() + u"/server.json"_s;
    {
        QFile f(settings);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write settings");
        f.write(QJsonDocument(QJsonObject{{u"limits"_s, QJsonObject{{u"messagesPerSecond"_s, 10000}, {u"burst"_s, 10000}}}})
                    .toJson());
    }
    const QString displayToken = net::Credentials::randomToken();
    seed(dataDir + u"/hallq.sqlite"_s, displayToken);

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(HALLQ_BIN_DIR "/hallq-server"),
                 {u"--config"_s, settings, u"--data-dir"_s, dataDir, u"--hall"_s, hall, u"--port"_s, u"0"_s});
    if (!server.waitForStarted(10000))
        qFatal("cannot start hallq-server");
    QString output;
    quint16 port = 0;
    const QRegularExpression listening(u"listening on ws://[^:]+:(\\d+)"_s);
    waitFor([&] {
        output += QString::fromUtf8(server.readAll());
        if (const auto m = listening.match(output); m.hasMatch())
            port = quint16(m.captured(1).toUInt());
        return port != 0 || server.state() != QProcess::Running;
    }, 20000);
    if (!port)
        qFatal("server did not start: %s", qPrintable(output));
    const QUrl url(u"ws://127.0.0.1:%1"_s.arg(port));

    // The board that must show the call, on a thread of its own as if it were
    // another machine: the counter's own screen work must not delay its reading.
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> seenTicket{0};
    std::atomic<qint64> seenAt{0};
    std::atomic<bool> boardReady{false};
    QThread boardThread;
    QObject boardContext;
    boardContext.moveToThread(&boardThread);
    boardThread.start();
    client::HallSession *board = nullptr;
    QMetaObject::invokeMethod(
        &boardContext,
        [&] {
            board = new client::HallSession;
            board->setServerUrl(url);
            board->setDeviceToken(displayToken);
            QObject::connect(board, &client::HallSession::callEvent, [&](const protocol::CallEvent &e, client::EventOrigin) {
                seenAt = clock.nsecsElapsed();
                seenTicket = e.call.ticketId;
            });
            QObject::connect(board, &client::HallSession::stateChanged, [&] { boardReady = board->isReady(); });
            board->start();
        },
        Qt::BlockingQueuedConnection);

    client::HallSession desk;
    desk.setServerUrl(url);
    desk.setStaffCredentials(u"desk"_s, kPassword);
    desk.start();

    // The real counter, on window 4.
    client::HallSession counterSession;
    counterSession.setServerUrl(url);
    client::HallMirror mirror;
    mirror.attach(&counterSession);
    counter::CounterController controller(&counterSession, &mirror);
    counter::HallCatalogue catalogue;
    QTemporaryDir pdf;
    counter::NoticePrinting printing(printer::PrinterSpec{}, pdf.path());
    counter::ui::CounterWindow window(&controller, &catalogue, &printing, nullptr);
    window.show();
    QApplication::setActiveWindow(&window);

    // The baseline: a bare client on window 1.
    client::HallSession raw;
    raw.setServerUrl(url);
    raw.setStaffCredentials(u"raw"_s, kPassword);
    raw.start();

    controller.login(u"ui"_s, kPassword, 4);
    if (!waitFor([&] { return boardReady && desk.isReady() && raw.isReady()
                              && controller.phase() == counter::CounterController::Phase::Working; }, 30000))
        qFatal("clients did not connect: board %d desk %d raw %d counter %d", int(boardReady.load()), int(desk.isReady()),
               int(raw.isReady()), int(controller.phase() == counter::CounterController::Phase::Working));
    protocol::WindowOpenRequest open;
    open.window = 1;
    if (!call(raw, open))
        qFatal("window 1 did not open");

    protocol::TicketIssueRequest issue;
    issue.serviceId = u"consult"_s;
    std::vector<double> ui, baseline;
    for (int i = 0; i < calls; ++i) {
        // The counter: a ticket waits, F1 is enabled, staff press it.
        const auto forUi = call(desk, issue);
        if (!forUi)
            qFatal("issue failed");
        if (!waitFor([&] { return controller.isEnabled(counter::CounterAction::CallNext); }))
            qFatal("F1 never became possible");
        const qint64 pressed = clock.nsecsElapsed();
        QTest::keyClick(&window, Qt::Key_F1);
        if (!waitFor([&] { return seenTicket == forUi->ticket.id; }))
            qFatal("the board never showed the counter's call");
        ui.push_back(double(seenAt - pressed) / 1e6);
        waitFor([&] { return !controller.situation().busy && controller.currentTicket(); });
        controller.noShow();
        waitFor([&] { return !controller.currentTicket() && !controller.situation().busy; });

        // The baseline: call.next sent straight away.
        const auto forRaw = call(desk, issue);
        protocol::CallNextRequest next;
        next.window = 1;
        const qint64 sent = clock.nsecsElapsed();
        raw.request(next, [](auto) {});
        if (!waitFor([&] { return seenTicket == forRaw->ticket.id; }))
            qFatal("the board never showed the baseline's call");
        baseline.push_back(double(seenAt - sent) / 1e6);
        protocol::TicketNoShowRequest gone;
        gone.window = 1;
        call(raw, gone);
    }

    const Stats u = stats(ui), b = stats(baseline);
    QString table = u"| path | calls | p50 ms | p99 ms | mean ms |\n|---|---|---|---|---|\n"_s;
    table += u"| bare client: call.next → board (baseline) | %1 | %2 | %3 | %4 |\n"_s.arg(baseline.size())
                 .arg(b.p50, 0, 'f', 2).arg(b.p99, 0, 'f', 2).arg(b.mean, 0, 'f', 2);
    table += u"| counter window: F1 → board | %1 | %2 | %3 | %4 |\n"_s.arg(ui.size())
                 .arg(u.p50, 0, 'f', 2).arg(u.p99, 0, 'f', 2).arg(u.mean, 0, 'f', 2);
    table += u"\nRatio counter/baseline: p50 %1×, p99 %2×. Goal: p99 ≤ 50 ms — %3.\n"_s
                 .arg(b.p50 > 0 ? u.p50 / b.p50 : 0, 0, 'f', 2)
                 .arg(b.p99 > 0 ? u.p99 / b.p99 : 0, 0, 'f', 2)
                 .arg(u.p99 <= 50 ? u"met"_s : u"NOT met"_s);
    fputs(table.toUtf8().constData(), stdout);
    if (!markdown.isEmpty()) {
        QFile out(markdown);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(table.toUtf8());
    }
    QMetaObject::invokeMethod(&boardContext, [&] { delete board; }, Qt::BlockingQueuedConnection);
    boardThread.quit();
    boardThread.wait();
    desk.stop();
    raw.stop();
    counterSession.stop();
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
