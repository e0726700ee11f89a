// hallq-server: the hall's one arbiter of every queue.
#include "net/ServerApplication.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM / SIGINT end the event loop, so the writer commits what it holds.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] { app.quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

QString defaultSettingsFile()
{
    // From the checkout root, or from build/bin inside it.
    const QStringList candidates{QStringLiteral("resources/server.json"),
                                 QCoreApplication::applicationDirPath() + QStringLiteral("/../../resources/server.json")};
    for (const QString &candidate : candidates)
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).absoluteFilePath();
    return candidates.first();
}

} // namespace

int main(int argc, char **argv)
{
    // glib's dispatcher makes fan-out cost grow with the number of sockets.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hallq-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLQ_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "HallQ hall server: arbitrates every queue of the hall, stores every operation durably in SQLite\n"
        "before acknowledging it, and serves WebSocket clients and HTTP (/health, /metrics, /config, /t/<token>)\n"
        "on one port."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Server settings file (default: resources/server.json)."),
                                          QStringLiteral("FILE"), defaultSettingsFile());
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Data directory holding hallq.sqlite and identity.key "
                                                          "(default: the settings' dataDir, var/)."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port for WebSocket and HTTP (default 8470; 0: any free port)."),
                                        QStringLiteral("N"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                          QStringLiteral("ADDR"));
    const QCommandLineOption hallOption(QStringLiteral("hall"),
                                        QStringLiteral("Hall configuration file, overriding the settings and any "
                                                       "imported configuration."),
                                        QStringLiteral("FILE"));
    parser.addOptions({configOption, dataDirOption, portOption, listenOption, hallOption});
    parser.process(app);

    QTextStream err(stderr);
    hallq::net::ServerOptions options;
    options.settingsFile = parser.value(configOption);
    if (parser.isSet(dataDirOption))
        options.dataDir = parser.value(dataDirOption);
    if (parser.isSet(listenOption))
        options.listenAddress = parser.value(listenOption);
    if (parser.isSet(hallOption))
        options.hallFile = parser.value(hallOption);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 0 || port > 65535) {
            err << "hallq-server: --port must be a number from 0 to 65535\n";
            return 2;
        }
        options.port = port;
    }

    hallq::net::ServerApplication server(std::move(options));
    QObject::connect(&server, &hallq::net::ServerApplication::fatal, &app, [&](const QString &message) {
        err << "hallq-server: storage failure, stopping so a restart can rebuild from disk: " << message << '\n';
        err.flush();
        QCoreApplication::exit(3);
    });
    if (const auto error = server.start()) {
        err << "hallq-server: not started:\n" << *error << '\n';
        return 2;
    }
    QTextStream out(stdout);
    out << server.summary() << '\n';
    out.flush();
    quitOnSignals(app);
    return app.exec();
}
