// hallq-kiosk: the 24-hour self-service kiosk. Parses the command line, wires
// the server session, the printer and the card reader to the kiosk's flow
// (hallq_kiosk_core) and shows its screens (hallq_kiosk_ui).
#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "core/CardReaderLink.h"
#include "core/DriverReceiptPrinter.h"
#include "core/KioskController.h"
#include "core/VoiceGuide.h"
#include "idcard/ReaderFactory.h"
#include "printer/PrinterFactory.h"
#include "qml/ActivityFilter.h"
#include "qml/KioskQml.h"
#include "quick/HallQQuick.h"
#include "core/DeviceReporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(HallQ_KioskPlugin)

using namespace hallq;
using namespace Qt::StringLiterals;

namespace {

// The device token: --token, else $HALLQ_KIOSK_TOKEN, else the demo
// credentials that `hallq-admin demo init` (scripts/run) wrote.
QString findToken(const QString &given, const QString &credentialsFile)
{
    if (!given.isEmpty())
        return given;
    if (const QString env = qEnvironmentVariable("HALLQ_KIOSK_TOKEN"); !env.isEmpty())
        return env;
    QFile file(credentialsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(u"HALLQ_KIOSK_TOKEN="_s))
            return line.mid(int(qstrlen("HALLQ_KIOSK_TOKEN=")));
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    // Flat 2D screens render well in software, start faster, and do not depend
    // on the kiosk PC's GPU driver; QT_QUICK_BACKEND (e.g. "rhi") picks another.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"hallq-kiosk"_s);
    QGuiApplication::setApplicationVersion(u"0.1.0"_s);
    quick::useHallFont(); // Chinese never renders as boxes

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"HallQ self-service kiosk: take a number, check in an appointment, read the service guides.\n"
        "Run from the checkout after scripts/run (or hallq-admin demo init), it finds its token in "
        "var/demo-credentials.txt and uses a simulated printer and card reader, labelled as such."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, u"The hallq-server to use (default ws://127.0.0.1:8470)."_s,
                                    u"ws://HOST:PORT"_s, u"ws://127.0.0.1:8470"_s);
    const QCommandLineOption token(u"token"_s, u"Device token from `hallq-admin device issue` "
                                               "(default: $HALLQ_KIOSK_TOKEN or the demo credentials)."_s,
                                   u"TOKEN"_s);
    const QCommandLineOption credentials(u"credentials"_s, u"Demo credentials file (default var/demo-credentials.txt)."_s,
                                         u"FILE"_s, u"var/demo-credentials.txt"_s);
    const QCommandLineOption printerOption(u"printer"_s,
                                           u"Receipt printer: a CUPS queue, ipp://…, file:<path>, or \"none\" "
                                           "(default file:var/kiosk-tickets/, simulated)."_s,
                                           u"DEST"_s, u"file:var/kiosk-tickets/"_s);
    const QCommandLineOption readerOption(u"reader"_s,
                                          u"ID-card reader: usb[:VID:PID], serial:<path>, simulated[:<file>], or "
                                          "\"none\" (default simulated:var/kiosk-card.json)."_s,
                                          u"SPEC"_s, u"simulated:var/kiosk-card.json"_s);
    const QCommandLineOption paper(u"paper"_s, u"Ticket paper width: 80 or 58 (mm)."_s, u"MM"_s, u"80"_s);
    const QCommandLineOption windowed(u"windowed"_s, u"Run in a window instead of full screen."_s);
    const QCommandLineOption landscape(u"landscape"_s, u"With --windowed: a 1920×1080 window (default 1080×1920)."_s);
    const QCommandLineOption idle(u"idle-timeout"_s, u"Seconds without a touch before the kiosk starts over "
                                                     "(default: the hall's setting)."_s,
                                  u"SECONDS"_s);
    const QCommandLineOption english(u"english"_s, u"Start in English (the idle timeout returns to Chinese)."_s);
    // For the cold-start benchmark (tests/bench/kiosk): print FIRST-FRAME once the first frame is out, then quit.
    QCommandLineOption firstFrame(u"exit-after-first-frame"_s, u"Benchmark: quit after the first frame."_s);
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({server, token, credentials, printerOption, readerOption, paper, windowed, landscape, idle,
                       english, firstFrame});
    parser.process(app);

    const QUrl serverUrl(parser.value(server));
    if (!serverUrl.isValid() || (serverUrl.scheme() != u"ws"_s && serverUrl.scheme() != u"wss"_s)) {
        qCritical().noquote() << "--server: expected ws://HOST:PORT or wss://HOST:PORT, got" << parser.value(server);
        return 2;
    }
    const QString deviceToken = findToken(parser.value(token), parser.value(credentials));
    if (deviceToken.isEmpty()) {
        qCritical().noquote() << "no device token: pass --token, set HALLQ_KIOSK_TOKEN, or run scripts/run "
                                 "(hallq-admin demo init) to create var/demo-credentials.txt";
        return 2;
    }
    QString error;
    const QString printerText = parser.value(printerOption) == u"none"_s ? QString() : parser.value(printerOption);
    const auto printerSpec = printer::PrinterSpec::parse(printerText, &error);
    if (!error.isEmpty()) {
        qCritical().noquote() << "--printer:" << error;
        return 2;
    }
    const QString readerText = parser.value(readerOption) == u"none"_s ? QString() : parser.value(readerOption);
    const auto readerSpec = idcard::ReaderSpec::parse(readerText, &error);
    if (!error.isEmpty()) {
        qCritical().noquote() << "--reader:" << error;
        return 2;
    }
    if (parser.value(paper) != u"80"_s && parser.value(paper) != u"58"_s) {
        qCritical().noquote() << "--paper: 80 or 58";
        return 2;
    }
    if (printerText.startsWith(u"file:"_s))
        QDir().mkpath(QFileInfo(printerText.mid(5)).path());

    client::HallSession session;
    session.setServerUrl(serverUrl);
    session.setDeviceToken(deviceToken);
    session.setClientInfo(u"hallq-kiosk"_s, QGuiApplication::applicationVersion());
    client::HallMirror mirror;
    mirror.attach(&session);

    kiosk::KioskController controller(session, mirror);
    controller.setServerUrl(serverUrl);
    if (parser.isSet(idle))
        controller.setIdleTimeout(std::chrono::seconds(parser.value(idle).toInt()));

    std::unique_ptr<kiosk::DriverReceiptPrinter> receipts;
    if (auto ticketPrinter = printer::PrinterFactory::createTicketPrinter(printerSpec)) {
        receipts = std::make_unique<kiosk::DriverReceiptPrinter>(
            std::move(ticketPrinter), parser.value(paper) == u"58"_s ? printer::TicketTemplate::builtin58mm()
                                                                      : printer::TicketTemplate::builtin80mm());
        controller.setPrinter(receipts.get());
    }
    std::unique_ptr<idcard::IdCardReader> reader = idcard::ReaderFactory::create(readerSpec);
    std::unique_ptr<kiosk::CardReaderLink> readerLink;
    if (reader) {
        readerLink = std::make_unique<kiosk::CardReaderLink>(*reader, controller);
        reader->start();
    }
    kiosk::VoiceGuide voice(controller);
    kiosk::DeviceReporter devices(session, controller);

    QQmlApplicationEngine engine;
    kiosk::KioskQml qml(engine, controller);
    kiosk::ActivityFilter activity(controller);
    app.installEventFilter(&activity);
    if (parser.isSet(english))
        controller.setEnglish(true);
    engine.load(kiosk::KioskQml::mainUrl());
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window) {
        if (parser.isSet(windowed)) {
            window->resize(parser.isSet(landscape) ? QSize(1920, 1080) : QSize(1080, 1920));
            window->show();
        } else {
            window->showFullScreen();
        }
    }
    if (window && parser.isSet(firstFrame)) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            QTextStream(stdout) << "FIRST-FRAME" << Qt::endl;
            QCoreApplication::quit();
        }, Qt::QueuedConnection);
    }
    session.start();
    const int rc = app.exec();
    if (reader)
        reader->stop();
    session.stop();
    return rc;
}
