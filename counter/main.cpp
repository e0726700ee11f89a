// hallq-counter: the window staff's client, with the citizen's rating pad
// as a second window; or, with --evaluator, the rating pad alone on its own
// small screen.
#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "counter/core/CounterController.h"
#include "counter/core/HallCatalogue.h"
#include "counter/core/NoticePrinting.h"
#include "counter/core/RatingPadController.h"
#include "counter/ui/CounterWindow.h"
#include "counter/ui/Language.h"
#include "counter/ui/LoginDialog.h"
#include "counter/ui/RatingPad.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QScreen>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>

using namespace hallq;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "hallq-counter: " << message << '\n';
    return 2;
}

} // namespace

// --help and --version must work without a display: answer them before any window system is touched.
bool onlyAsksForHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> owner;
    if (onlyAsksForHelp(argc, argv))
        owner = std::make_unique<QCoreApplication>(argc, argv);
    else
        owner = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *owner;
    QCoreApplication::setApplicationName(u"hallq-counter"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser cli;
    cli.setApplicationDescription(
        u"HallQ counter client for window staff: call (F1), recall (F2), no-show (F3), transfer (F4), finish (F5), "
        u"start serving (F6), park (F7), pause/resume (F8), ask for a rating (F9), print the acceptance notice (F10) "
        u"or the missing-materials notice (F11). The citizen's rating pad opens as a second window; "
        u"--evaluator runs the pad alone on its own screen."_s);
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption server(u"server"_s, u"The server, ws://HOST:PORT or wss://HOST:PORT (default %1)."_s
                                                      .arg(u"ws://127.0.0.1:8470"_s),
                                    u"url"_s, u"ws://127.0.0.1:8470"_s);
    const QCommandLineOption window(u"window"_s, u"This counter's window number (otherwise picked at log-in)."_s,
                                    u"number"_s);
    const QCommandLineOption staff(u"staff"_s, u"Staff id to fill in at log-in."_s, u"id"_s);
    const QCommandLineOption lang(u"lang"_s, u"Language: zh (default) or en; switchable in the window."_s,
                                  u"zh|en"_s, u"zh"_s);
    const QCommandLineOption printerOption(u"printer"_s,
                                           u"A4 printer for the notices: a CUPS queue, ipp://…, or file:PATH "
                                           u"(default: none, PDFs go to --pdf-dir)."_s,
                                           u"spec"_s);
    const QCommandLineOption pdfDir(u"pdf-dir"_s, u"Where notices go as PDF when no printer is configured."_s,
                                    u"dir"_s);
    const QCommandLineOption noPad(u"no-pad"_s, u"Do not open the rating pad window (a separate --evaluator is used)."_s);
    const QCommandLineOption evaluator(u"evaluator"_s,
                                       u"Run only the citizen's rating pad for --window, as a display device."_s);
    const QCommandLineOption token(u"token"_s,
                                   u"Device token for --evaluator (or HALLQ_DEVICE_TOKEN); issue one with "
                                   u"`hallq-admin device issue display NAME`."_s,
                                   u"token"_s);
    const QCommandLineOption ratingTimeout(u"rating-timeout"_s, u"Seconds the pad waits for a rating (default 60)."_s,
                                           u"seconds"_s, u"60"_s);
    cli.addOptions({server, window, staff, lang, printerOption, pdfDir, noPad, evaluator, token, ratingTimeout});
    cli.process(app); // exits after --help / --version

    const QUrl url(cli.value(server));
    if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss"))
        return fail(u"--server needs a ws:// or wss:// URL, not '%1'"_s.arg(cli.value(server)));
    const QString langValue = cli.value(lang);
    if (langValue != u"zh" && langValue != u"en")
        return fail(u"--lang is zh or en"_s);
    const int windowNumber = cli.isSet(window) ? cli.value(window).toInt() : 0;
    if (cli.isSet(window) && windowNumber <= 0)
        return fail(u"--window needs a window number"_s);
    const int timeoutSeconds = cli.value(ratingTimeout).toInt();
    if (timeoutSeconds <= 0)
        return fail(u"--rating-timeout needs a number of seconds"_s);

    counter::ui::Language language;
    language.setEnglish(langValue == u"en");

    client::HallSession session;
    session.setServerUrl(url);
    // Staff must see a dead link within seconds, also one TCP does not notice.
    session.setPingInterval(std::chrono::seconds(3));
    session.setRequestTimeout(std::chrono::seconds(5));
    client::HallMirror mirror;
    mirror.attach(&session);

    if (cli.isSet(evaluator)) {
        const QString deviceToken = cli.isSet(token) ? cli.value(token) : qEnvironmentVariable("HALLQ_DEVICE_TOKEN");
        if (windowNumber <= 0 || deviceToken.isEmpty())
            return fail(u"--evaluator needs --window and a device token (--token or HALLQ_DEVICE_TOKEN)"_s);
        session.setClientInfo(u"hallq-counter-evaluator"_s, QCoreApplication::applicationVersion());
        session.setDeviceToken(deviceToken);
        session.setSubscription(u"window"_s, windowNumber);
        counter::RatingPadController pad(&session, windowNumber);
        pad.setTimeout(std::chrono::seconds(timeoutSeconds));
        counter::ui::RatingPad view(&pad);
        view.setTitle(QString(), counter::CounterController::tr("Window %1").arg(windowNumber));
        QObject::connect(&mirror, &client::HallMirror::hallChanged, &view, [&] {
            const auto w = mirror.window(windowNumber);
            view.setTitle(mirror.hallName(), w ? u"%1号 %2"_s.arg(windowNumber).arg(w->name) : QString());
        });
        view.show();
        session.start();
        return QApplication::exec();
    }

    QString printerError;
    const auto spec = printer::PrinterSpec::parse(cli.value(printerOption), &printerError);
    if (!printerError.isEmpty())
        return fail(u"--printer: %1"_s.arg(printerError));
    QString notices = cli.value(pdfDir);
    if (notices.isEmpty())
        notices = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/HallQ notices"_s;
    QDir().mkpath(notices);

    counter::CounterController controller(&session, &mirror);
    controller.setEnglish(langValue == u"en");
    counter::HallCatalogue catalogue;
    catalogue.fetch(url);
    counter::NoticePrinting printing(spec, notices);

    counter::ui::CounterWindow main(&controller, &catalogue, &printing, &language);
    main.loginPage()->setServerText(url.toString());
    if (windowNumber > 0)
        main.loginPage()->setFixedWindow(windowNumber);
    if (cli.isSet(staff))
        main.loginPage()->setStaffId(cli.value(staff));
    main.show();

    std::unique_ptr<counter::RatingPadController> pad;
    std::unique_ptr<counter::ui::RatingPad> padView;
    if (!cli.isSet(noPad)) {
        pad = std::make_unique<counter::RatingPadController>(&session, windowNumber);
        pad->setTimeout(std::chrono::seconds(timeoutSeconds));
        padView = std::make_unique<counter::ui::RatingPad>(pad.get());
        QObject::connect(&controller, &counter::CounterController::phaseChanged, padView.get(), [&] {
            pad->setWindow(controller.window());
            padView->setTitle(mirror.hallName(), controller.windowName(controller.window()));
        });
        // The pad faces the citizen: on the second screen when there is one.
        const auto screens = QGuiApplication::screens();
        if (screens.size() > 1) {
            padView->setScreen(screens.at(1));
            padView->move(screens.at(1)->geometry().topLeft());
            padView->showFullScreen();
        } else {
            padView->resize(900, 560);
            padView->show();
        }
    }
    main.raise();
    main.activateWindow();
    return QApplication::exec();
}
