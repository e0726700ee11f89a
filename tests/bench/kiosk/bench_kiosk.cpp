// Kiosk benchmark (issue #4). Against the real hallq-server and a private
// cupsd, with the real QML screens:
//   tap on a tile → the ticket screen's first frame        (goal p99 ≤ 150 ms)
//   tap on a tile → CUPS reports the print job completed   (goal p99 ≤ 400 ms)
//   cold start → first frame, hallq-kiosk vs a minimal Qt Widgets app (≤ 1.5×)
//   resident memory over many simulated citizens (no growth)
// Baselines measured in the same run: a ping round trip to the same server,
// a bare submit → completed of the same ticket bytes on the same queue.
//
//   xvfb-run -a -s "-screen 0 1920x1920x24" build/bench/bench_kiosk [--taps N] [--flows N] [--markdown FILE]
#include "CupsdFixture.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "core/DriverReceiptPrinter.h"
#include "core/KioskController.h"
#include "printer/PrinterFactory.h"
#include "qml/KioskQml.h"
#include "support/ServerProcess.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(HallQ_KioskPlugin)

using namespace hallq;
using namespace hallq::kiosk;
using namespace Qt::StringLiterals;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::min<double>(values.size() - 1, std::ceil(p * values.size()) - 1));
    return values.at(std::max<qsizetype>(0, index));
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_kiosk: %s\n", qPrintable(why));
    std::exit(1);
}

bool waitFor(const std::function<bool()> &done, int ms = 15000)
{
    return QTest::qWaitFor(done, ms);
}

QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findVisible(child, name))
            return found;
    return nullptr;
}

// Wall time from starting a program until it prints FIRST-FRAME.
double firstFrameMs(const QString &program, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        die(u"cannot start "_s + program);
    double at = -1;
    while (at < 0 && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        while (p.canReadLine())
            if (p.readLine().startsWith("FIRST-FRAME"))
                at = double(t.nsecsElapsed()) / 1e6;
        if (t.elapsed() > 30000)
            break;
    }
    p.waitForFinished(10000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    if (at < 0)
        die(program + u" never printed FIRST-FRAME: "_s + QString::fromUtf8(p.readAllStandardError().right(2000)));
    return at;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("HALLQ_BIN_DIR", HALLQ_BIN_DIR);
    qputenv("HALLQ_SOURCE_DIR", HALLQ_SOURCE_DIR);
    // As hallq-kiosk renders (kiosk/main.cpp): the software scene graph.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"hallq.*.info=false\nhallq.*.debug=false"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption taps(u"taps"_s, u"Taps measured (default 200)."_s, u"N"_s, u"200"_s);
    const QCommandLineOption flows(u"flows"_s, u"Simulated citizens for the memory figure (default 1000)."_s,
                                   u"N"_s, u"1000"_s);
    const QCommandLineOption starts(u"starts"_s, u"Cold starts of each program (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption markdown(u"markdown"_s, u"Write the figures as a Markdown table here."_s, u"FILE"_s);
    parser.addOptions({taps, flows, starts, markdown});
    parser.process(app);
    const int tapCount = parser.value(taps).toInt();
    const int flowCount = parser.value(flows).toInt();
    const int startCount = parser.value(starts).toInt();

    // --- the real parts
    test::ServerProcess server;
    const QString token = server.addDevice(u"kiosk"_s, u"kiosk-bench"_s);
    // Room for every simulated citizen in one day's numbers.
    server.writeHall([](QJsonObject &hall) {
        QJsonArray services = hall.value(u"services"_s).toArray();
        for (qsizetype i = 0; i < services.size(); ++i) {
            QJsonObject s = services[i].toObject();
            if (s.value(u"id"_s).toString() == u"consult"_s) {
                s.insert(u"numberMax"_s, 9999);
                s.insert(u"dailyCap"_s, 9999);
                services[i] = s;
            }
        }
        hall.insert(u"services"_s, services);
    });
    if (!server.start())
        die(u"hallq-server did not start: "_s + server.output());
    test::CupsdFixture cups;
    QString error;
    if (!cups.start(&error) || !cups.addCaptureQueue(u"Receipt80"_s, &error))
        die(u"cupsd: "_s + error);

    client::HallSession session;
    session.setServerUrl(server.wsUrl());
    session.setDeviceToken(token);
    client::HallMirror mirror;
    mirror.attach(&session);
    KioskController controller(session, mirror);
    controller.setServerUrl(server.wsUrl());
    controller.setIdleTimeout(std::chrono::hours(2));
    DriverReceiptPrinter printer(printer::PrinterFactory::createTicketPrinter(cups.spec(u"Receipt80"_s)));
    controller.setPrinter(&printer);

    QQmlApplicationEngine engine;
    KioskQml qml(engine, controller);
    engine.load(KioskQml::mainUrl());
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        die(u"Main.qml did not load"_s);
    window->resize(1080, 1920);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        die(u"window not exposed"_s);
    session.start();
    if (!waitFor([&] { return controller.screen() == KioskController::Screen::Home; }))
        die(u"the kiosk never reached its home screen"_s);

    // The first frame rendered after the ticket screen was put up: the render
    // thread synchronises (GUI blocked) after the change, then swaps.
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> changedAt{-1}, syncedAfter{-1}, swappedAt{-1};
    QObject::connect(&controller, &KioskController::screenChanged, [&](KioskController::Screen s) {
        if (s == KioskController::Screen::Ticket)
            changedAt = clock.nsecsElapsed();
    });
    QObject::connect(window, &QQuickWindow::beforeSynchronizing, window, [&] {
        if (changedAt >= 0 && syncedAfter < 0)
            syncedAfter = clock.nsecsElapsed();
    }, Qt::DirectConnection);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (syncedAfter >= 0 && swappedAt < 0)
            swappedAt = clock.nsecsElapsed();
    }, Qt::DirectConnection);
    qint64 printedAt = -1;
    QObject::connect(&controller, &KioskController::printStateChanged, [&] {
        if (controller.printState() == KioskController::PrintState::Printed && printedAt < 0)
            printedAt = clock.nsecsElapsed();
    });

    // One citizen: tap the tile, see the ticket, wait for the paper, back home.
    const auto citizen = [&](QList<double> *onScreen, QList<double> *printed) {
        controller.home();
        if (!waitFor([&] { return findVisible(window->contentItem(), u"tile_consult"_s) != nullptr; }))
            die(u"no tile on the home screen"_s);
        QTest::qWait(20); // the home screen's frame is out before the next tap, as for a person
        QQuickItem *tile = findVisible(window->contentItem(), u"tile_consult"_s);
        const QPoint centre = tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2)).toPoint();
        changedAt = -1;
        syncedAfter = -1;
        swappedAt = -1;
        printedAt = -1;
        const qint64 tapped = clock.nsecsElapsed();
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre);
        if (!waitFor([&] { return swappedAt >= 0; }))
            die(u"the ticket never showed: "_s + controller.refusalText());
        if (!waitFor([&] { return printedAt >= 0 || controller.printState() == KioskController::PrintState::Failed; }))
            die(u"the print never finished"_s);
        if (printedAt < 0)
            die(u"the print failed: "_s + controller.printProblem());
        if (onScreen)
            onScreen->append(double(swappedAt - tapped) / 1e6);
        if (printed)
            printed->append(double(printedAt - tapped) / 1e6);
    };

    for (int i = 0; i < 5; ++i) // warm-up: first loads of every screen and of the QR provider
        citizen(nullptr, nullptr);
    QList<double> onScreen, printed;
    for (int i = 0; i < tapCount; ++i)
        citizen(&onScreen, &printed);

    // Baseline 1: a ping round trip to the same server over the same session.
    QList<double> pings;
    for (int i = 0; i < tapCount; ++i) {
        bool done = false;
        QElapsedTimer t;
        t.start();
        session.request(protocol::PingRequest{}, [&](auto) { done = true; });
        waitFor([&] { return done; });
        pings.append(double(t.nsecsElapsed()) / 1e6);
    }
    // Baseline 2: the same ticket bytes submitted straight to the same queue.
    QList<double> bare;
    {
        auto direct = printer::PrinterFactory::createTicketPrinter(cups.spec(u"Receipt80"_s));
        const QByteArray bytes = printer.bytesFor(controller.receiptFor(*controller.lastTicket()));
        for (int i = 0; i < std::max(20, tapCount / 4); ++i) {
            QElapsedTimer t;
            t.start();
            auto result = direct->submit(bytes, u"baseline"_s);
            waitFor([&] { return result.isFinished(); });
            bare.append(double(t.nsecsElapsed()) / 1e6);
        }
    }

    // Memory over many citizens (each one: tap, ticket on screen, printed, home).
    const qint64 rssStart = residentKiB();
    qint64 rssTenth = -1;
    for (int i = 0; i < flowCount; ++i) {
        citizen(nullptr, nullptr);
        if (i == flowCount / 10)
            rssTenth = residentKiB();
    }
    const qint64 rssEnd = residentKiB();

    // Cold start to first frame, alternating the two programs.
    QList<double> kioskStarts, widgetStarts;
    const QString kioskBin = QString::fromUtf8(HALLQ_BIN_DIR) + u"/hallq-kiosk"_s;
    const QString widgetsBin = QString::fromUtf8(HALLQ_BENCH_DIR) + u"/bench_kiosk_minimal_widgets"_s;
    for (int i = 0; i < startCount; ++i) {
        widgetStarts.append(firstFrameMs(widgetsBin, {}));
        kioskStarts.append(firstFrameMs(kioskBin, {u"--windowed"_s, u"--exit-after-first-frame"_s, u"--server"_s,
                                                   server.wsUrl().toString(), u"--token"_s, token, u"--printer"_s,
                                                   u"none"_s, u"--reader"_s, u"none"_s}));
    }

    const double startRatio = percentile(kioskStarts, 0.5) / percentile(widgetStarts, 0.5);
    QString table;
    QTextStream md(&table);
    md << "| what | p50 | p99 | baseline (same run) p50 / p99 | goal |\n|---|---|---|---|---|\n";
    md << QString::asprintf("| tap on a tile → ticket screen's first frame, %d taps | %.1f ms | %.1f ms | "
                            "ping round trip to the same server: %.2f / %.2f ms | p99 ≤ 150 ms |\n",
                            int(onScreen.size()), percentile(onScreen, 0.5), percentile(onScreen, 0.99),
                            percentile(pings, 0.5), percentile(pings, 0.99));
    md << QString::asprintf("| tap on a tile → CUPS job completed (private cupsd) | %.1f ms | %.1f ms | "
                            "same bytes submitted straight to the queue: %.1f / %.1f ms | p99 ≤ 400 ms |\n",
                            percentile(printed, 0.5), percentile(printed, 0.99), percentile(bare, 0.5),
                            percentile(bare, 0.99));
    md << QString::asprintf("| cold start → first frame, hallq-kiosk (median of %d) | %.0f ms | max %.0f ms | "
                            "minimal Qt Widgets app: %.0f ms (max %.0f); ratio %.2f× | ≤ 1.5× |\n",
                            startCount, percentile(kioskStarts, 0.5), percentile(kioskStarts, 1.0),
                            percentile(widgetStarts, 0.5), percentile(widgetStarts, 1.0), startRatio);
    md << QString::asprintf("| resident memory over %d simulated citizens | start %lld KiB | end %lld KiB | "
                            "after the first tenth: %lld KiB (growth after it: %+lld KiB) | no growth |\n",
                            flowCount, rssStart, rssEnd, rssTenth, rssEnd - rssTenth);
    md.flush();
    std::printf("%s", qPrintable(table));
    if (parser.isSet(markdown)) {
        QFile out(parser.value(markdown));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(u"cannot write "_s + out.fileName());
        out.write(table.toUtf8());
    }
    session.stop();
    return 0;
}
