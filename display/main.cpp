// hallq-display: the hall board (--mode hall), a window-top screen
// (--mode window --window N) or the supervisor view (--mode supervisor).
#include "core/DisplayController.h"
#include "core/DisplayLog.h"
#include "qml/DisplayView.h"
#include "quick/HallQQuick.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

using namespace hallq::display;

int main(int argc, char **argv)
{
    // The command line is read before any window system is touched, so
    // --help and mistakes are answered on a machine without a display too.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString programDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(u'/', 0, -2);
    bool help = false;
    auto parsed = DisplaySettings::parse(arguments, QProcessEnvironment::systemEnvironment(), programDir, &help);
    if (auto *message = std::get_if<QString>(&parsed)) {
        (help ? QTextStream(stdout) : QTextStream(stderr)) << (help ? QString() : QStringLiteral("hallq-display: "))
                                                           << *message << Qt::endl;
        return help ? 0 : 2;
    }
    const DisplaySettings settings = std::get<DisplaySettings>(parsed);

    qputenv("QT_NO_GLIB", "1"); // the glib dispatcher costs more per socket event
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("hallq-display"));
    hallq::quick::useHallFont();
    DisplayView::useRenderer(settings.renderer);
    DisplayController controller(settings);

    QQmlEngine engine;
    QString error;
    std::unique_ptr<QQuickWindow> window = DisplayView::create(engine, controller, &error);
    if (!window) {
        QTextStream(stderr) << "hallq-display: the screen did not load: " << error << Qt::endl;
        return 1;
    }
    QObject::connect(&engine, &QQmlEngine::quit, &app, &QGuiApplication::quit);
    if (settings.fullscreen) {
        window->showFullScreen();
    } else {
        window->resize(settings.size);
        window->show();
    }
    qCInfo(lcDisplay) << "hallq-display" << controller.mode() << "mode, server" << settings.server.toDisplayString();
    controller.start();

    if (!settings.screenshot.isEmpty()) {
        QTimer::singleShot(settings.screenshotDelayMs, &app, [&] {
            const bool saved = window->grabWindow().save(settings.screenshot);
            QTextStream(saved ? stdout : stderr) << (saved ? "screenshot saved to " : "cannot save ")
                                                 << settings.screenshot << Qt::endl;
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
