// Screenshots of every kiosk screen: portrait and landscape, normal and large
// text, Chinese and English, against the real server with the shipped hall
// (its real hours). Hidden from normal runs; under Xvfb:
//   HALLQ_SCREENSHOT_DIR=docs/screenshots/kiosk QT_QPA_PLATFORM=xcb
//     xvfb-run -a -s "-screen 0 1920x1920x24" build/tests/test_kiosk "[.screenshots]"
#include "QmlKiosk.h"

#include "protocol/Protocol.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace hallq;
using namespace hallq::kiosk;
using namespace hallq::kiosk::test;
using Screen = KioskController::Screen;

namespace {

// The shipped services as they are (hours, outside-hours issuing), not the
// test hall's "always open".
void shippedServices(QJsonObject &hall)
{
    QFile in(qEnvironmentVariable("HALLQ_SOURCE_DIR") + QStringLiteral("/resources/halls/chaling.json"));
    if (in.open(QIODevice::ReadOnly))
        hall.insert(QStringLiteral("services"), QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("services")));
}

struct Variant
{
    bool landscape;
    bool elderly;
    bool english;
    QString suffix() const
    {
        return QStringLiteral("%1-%2-%3")
            .arg(landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"),
                 elderly ? QStringLiteral("elderly") : QStringLiteral("normal"),
                 english ? QStringLiteral("en") : QStringLiteral("zh"));
    }
};

} // namespace

TEST_CASE("screenshots of every kiosk screen", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("HALLQ_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);

    KioskFixture f(shippedServices);
    // A hall with people waiting.
    {
        hallq::test::SessionDriver kiosk(f.server.wsUrl(), f.kioskToken);
        REQUIRE(kiosk.startAndWait());
        for (const auto *service : {"consult", "consult", "consult", "unresolved", "pickup"}) {
            protocol::TicketIssueRequest r;
            r.serviceId = QString::fromLatin1(service);
            if (r.serviceId == QStringLiteral("pickup"))
                r.identity = protocol::IdentityInput{youngId(QStringLiteral("777")), QStringLiteral("周")};
            (void)kiosk.call(r);
        }
    }
    f.controller->setIdleTimeout(std::chrono::minutes(30));

    int variant = 0;
    for (const Variant v : {Variant{false, false, false}, Variant{false, false, true}, Variant{false, true, false},
                            Variant{false, true, true}, Variant{true, false, false}, Variant{true, false, true},
                            Variant{true, true, false}, Variant{true, true, true}}) {
        ++variant;
        QmlKiosk ui(*f.controller, v.landscape ? QSize(1920, 1080) : QSize(1080, 1920));
        const auto shot = [&](const QString &name) {
            f.controller->setEnglish(v.english);
            f.controller->setElderly(v.elderly);
            QTest::qWait(300); // let animations and layouts settle for the picture (not synchronisation)
            // 256 colours are plenty for flat screens and keep the repository small.
            const QImage image = ui.grab().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
            REQUIRE_FALSE(image.isNull());
            REQUIRE(image.save(dir + QStringLiteral("/%1-%2.png").arg(name, v.suffix())));
        };
        const auto reset = [&] {
            f.controller->home();
            KIOSK_WAIT(f.controller->screen() == Screen::Home);
        };

        reset();
        shot(QStringLiteral("01-home"));

        f.controller->cardRead(elderlyId(), QStringLiteral("赵德明"));
        shot(QStringLiteral("02-home-elderly-card"));
        reset();

        f.controller->chooseService(QStringLiteral("pickup"));
        REQUIRE(f.controller->screen() == Screen::CardPrompt);
        shot(QStringLiteral("03-card-prompt"));
        reset();

        // 综合受理 and 出件 issue at any hour (called when the hall opens), so these work whenever they run.
        f.printer.nextFailure = PrintFailure::None;
        f.controller->cardRead(youngId(QStringLiteral("1%1").arg(variant, 2, 10, QLatin1Char('0'))), QStringLiteral("钱"));
        f.controller->chooseService(QStringLiteral("accept"));
        KIOSK_WAIT(f.controller->printState() == KioskController::PrintState::Printed);
        shot(QStringLiteral("04-ticket-printed"));
        reset();

        f.printer.nextFailure = PrintFailure::PaperOut;
        f.controller->cardRead(youngId(QStringLiteral("2%1").arg(variant, 2, 10, QLatin1Char('0'))), QStringLiteral("孙"));
        f.controller->chooseService(QStringLiteral("pickup"));
        KIOSK_WAIT(f.controller->printState() == KioskController::PrintState::Failed);
        shot(QStringLiteral("05-ticket-print-failed"));
        f.printer.nextFailure = PrintFailure::None;
        reset();

        // 出件 allows three unfinished tickets a day per person; the fourth is refused.
        f.controller->cardRead(youngId(QStringLiteral("777")), QStringLiteral("周"));
        for (int i = 0; i < 3 && f.controller->screen() != Screen::Refusal; ++i) {
            f.controller->chooseService(QStringLiteral("pickup"));
            KIOSK_WAIT(f.controller->screen() == Screen::Ticket || f.controller->screen() == Screen::Refusal);
            if (f.controller->screen() == Screen::Ticket) {
                reset();
                f.controller->cardRead(youngId(QStringLiteral("777")), QStringLiteral("周"));
            }
        }
        REQUIRE(f.controller->screen() == Screen::Refusal);
        shot(QStringLiteral("06-refusal-limit"));
        reset();

        f.controller->showGuides();
        shot(QStringLiteral("07-guides"));
        f.controller->showGuide(QStringLiteral("enterprise"));
        shot(QStringLiteral("08-guide"));
        reset();

        f.controller->showGreenChannel();
        shot(QStringLiteral("09-green-channel"));
        reset();

        f.controller->showCheckIn();
        shot(QStringLiteral("10-check-in"));
        reset();

        f.controller->openStaffLogin();
        shot(QStringLiteral("11-staff-login"));
        f.controller->staffLogin(QStringLiteral("g1"), KioskFixture::kPassword);
        KIOSK_WAIT(f.controller->screen() == Screen::Staff);
        shot(QStringLiteral("12-staff"));
        f.controller->lock();
        f.controller->staffLogout();
        shot(QStringLiteral("13-locked"));
        f.controller->openStaffLogin();
        f.controller->staffLogin(QStringLiteral("g1"), KioskFixture::kPassword);
        KIOSK_WAIT(f.controller->screen() == Screen::Staff);
        f.controller->unlock();
        f.controller->staffLogout();

        f.server.setPort(f.server.port());
        REQUIRE(f.server.stop());
        KIOSK_WAIT(f.controller->screen() == Screen::Paused);
        shot(QStringLiteral("14-paused"));
        REQUIRE(f.server.start());
        KIOSK_WAIT(f.controller->screen() == Screen::Home);
        ui.checkNoWarnings();
    }
}
