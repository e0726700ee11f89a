// The kiosk's QML screens driven by taps, against the real server, offscreen.
// Every test fails on any QML warning.
#include "QmlKiosk.h"

#include <QQmlComponent>
#include <QQuickItem>

using namespace hallq;
using namespace hallq::kiosk;
using namespace hallq::kiosk::test;
using Screen = KioskController::Screen;

TEST_CASE("screens: the harness sees QML warnings", "[kiosk][qml]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    REQUIRE(ui.warnings().isEmpty());
    QQmlComponent broken(&ui.engine());
    broken.setData("import QtQuick\nItem { width: noSuchThing.width }", QUrl(QStringLiteral("qrc:/broken.qml")));
    std::unique_ptr<QObject> object(broken.create());
    KIOSK_WAIT(!ui.warnings().isEmpty());
}

TEST_CASE("screens: a tap on a tile shows the ticket with its number", "[kiosk][qml]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    ui.waitItem(QStringLiteral("tile_consult"));
    CHECK(ui.text(QStringLiteral("hallName")) == QStringLiteral("茶陵县政务服务中心"));
    ui.tap(QStringLiteral("tile_consult"));
    ui.waitItem(QStringLiteral("ticketNumber"));
    CHECK(ui.text(QStringLiteral("ticketNumber")) == QStringLiteral("A001"));
    KIOSK_WAIT(f.controller->printState() == KioskController::PrintState::Printed);
    REQUIRE(ui.item(QStringLiteral("ticketQr")) != nullptr);
    CHECK(ui.item(QStringLiteral("ticketQr"))->width() < 400); // printed: the paper has the code
    CHECK(ui.text(QStringLiteral("printText")) == QStringLiteral("请从下方出票口取走号票。"));
    ui.tap(QStringLiteral("doneButton"));
    ui.waitItem(QStringLiteral("serviceGrid"));
    ui.checkNoWarnings();
}

TEST_CASE("screens: the Chinese translation is loaded by default and English is one tap", "[kiosk][qml][i18n]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    REQUIRE(KioskQml::hasTranslation(QStringLiteral("zh_CN")));
    ui.waitItem(QStringLiteral("guidesButton"));
    CHECK(ui.text(QStringLiteral("guidesButton")) == QStringLiteral("办事指南"));
    CHECK(ui.text(QStringLiteral("languageButton")) == QStringLiteral("English"));
    ui.tap(QStringLiteral("languageButton"));
    KIOSK_WAIT(ui.text(QStringLiteral("guidesButton")) == QStringLiteral("Service guides"));
    CHECK(ui.text(QStringLiteral("languageButton")) == QStringLiteral("中文"));
    CHECK(ui.text(QStringLiteral("hallName")) == QStringLiteral("Chaling County Government Service Center"));
    ui.tap(QStringLiteral("languageButton"));
    KIOSK_WAIT(ui.text(QStringLiteral("guidesButton")) == QStringLiteral("办事指南"));
    ui.checkNoWarnings();
}

TEST_CASE("screens: large text mode makes text and targets bigger", "[kiosk][qml][elderly]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    QQuickItem *button = ui.waitItem(QStringLiteral("guidesButton"));
    const qreal before = button->height();
    ui.tap(QStringLiteral("elderlyButton"));
    KIOSK_WAIT(f.controller->elderly());
    KIOSK_WAIT(ui.item(QStringLiteral("guidesButton"))->height() > before);
    CHECK(ui.item(QStringLiteral("guidesButton"))->height() >= 60);
    CHECK(ui.text(QStringLiteral("elderlyButton")) == QStringLiteral("标准字体"));
    ui.checkNoWarnings();
}

TEST_CASE("screens: a real-name service asks for the card then shows the ticket", "[kiosk][qml][card]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    ui.tap(QStringLiteral("tile_accept"));
    ui.waitItem(QStringLiteral("cardInstruction"));
    f.controller->cardRead(youngId(), QStringLiteral("张三"));
    ui.waitItem(QStringLiteral("ticketNumber"));
    CHECK(ui.text(QStringLiteral("ticketNumber")) == QStringLiteral("B001"));
    ui.checkNoWarnings();
}

TEST_CASE("screens: an elderly card shows a banner and gives a green ticket", "[kiosk][qml][green]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    ui.waitItem(QStringLiteral("tile_consult"));
    f.controller->cardRead(elderlyId(), QStringLiteral("赵老汉"));
    ui.waitItem(QStringLiteral("cardBanner"));
    ui.tap(QStringLiteral("tile_consult"));
    ui.waitItem(QStringLiteral("ticketNumber"));
    CHECK(f.controller->ticket().value(QStringLiteral("green")).toBool());
    ui.checkNoWarnings();
}

TEST_CASE("screens: a failed print says so and keeps the ticket on screen", "[kiosk][qml][print]")
{
    KioskFixture f;
    f.printer.nextFailure = PrintFailure::PaperOut;
    QmlKiosk ui(*f.controller);
    ui.tap(QStringLiteral("tile_consult"));
    ui.waitItem(QStringLiteral("ticketNumber"));
    KIOSK_WAIT(f.controller->printState() == KioskController::PrintState::Failed);
    INFO(ui.text(QStringLiteral("printText")).toStdString());
    KIOSK_WAIT(ui.text(QStringLiteral("printText")).contains(QStringLiteral("打印机缺纸")));
    CHECK(ui.text(QStringLiteral("ticketNumber")) == QStringLiteral("A001"));
    KIOSK_WAIT(ui.item(QStringLiteral("ticketQr"))->width() >= 400); // large enough to photograph
    ui.checkNoWarnings();
}

TEST_CASE("screens: refusals and the way back", "[kiosk][qml][refusal]")
{
    KioskFixture f;
    f.controller->setReaderState(KioskController::ReaderState::Disconnected);
    QmlKiosk ui(*f.controller);
    ui.tap(QStringLiteral("tile_accept"));
    ui.waitItem(QStringLiteral("refusalTitle"));
    CHECK(ui.text(QStringLiteral("refusalTitle")) == QStringLiteral("读卡器暂时无法使用"));
    ui.tap(QStringLiteral("refusalGuideButton"));
    ui.waitItem(QStringLiteral("guideTitle"));
    CHECK(ui.text(QStringLiteral("guideTitle")).contains(QStringLiteral("综合受理")));
    ui.checkNoWarnings();
}

TEST_CASE("screens: service guides from the home screen", "[kiosk][qml][guide]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    ui.tap(QStringLiteral("guidesButton"));
    ui.tap(QStringLiteral("guide_pickup"));
    ui.waitItem(QStringLiteral("guideQr"));
    CHECK(ui.text(QStringLiteral("guideTitle")) == QStringLiteral("办事指南：出件（统一窗口出件）"));
    ui.tap(QStringLiteral("takeNumberButton"));
    ui.waitItem(QStringLiteral("cardInstruction")); // 出件 is real-name
    ui.tap(QStringLiteral("backButton"));
    ui.waitItem(QStringLiteral("serviceGrid"));
    ui.tap(QStringLiteral("greenButton"));
    ui.waitItem(QStringLiteral("greenGroups"));
    CHECK(ui.text(QStringLiteral("greenGroups")).contains(QStringLiteral("老、弱、病、残、孕、军")));
    ui.checkNoWarnings();
}

TEST_CASE("screens: the pause screen while the server is away", "[kiosk][qml][server]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    ui.waitItem(QStringLiteral("serviceGrid"));
    f.server.setPort(f.server.port());
    REQUIRE(f.server.stop());
    ui.waitItem(QStringLiteral("pausedTitle"));
    CHECK(ui.text(QStringLiteral("pausedTitle")) == QStringLiteral("暂停取号"));
    REQUIRE(f.server.start());
    ui.waitItem(QStringLiteral("serviceGrid"), 10000);
    ui.checkNoWarnings();
}

TEST_CASE("screens: staff mode by holding the hall name", "[kiosk][qml][staff]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    ui.hold(QStringLiteral("hallName"), 3300);
    ui.waitItem(QStringLiteral("loginButton"));
    for (const QChar c : QStringLiteral("g1"))
        ui.tap(QStringLiteral("key_") + c.toUpper());
    ui.tap(QStringLiteral("passwordField"));
    for (const QChar c : KioskFixture::kPassword)
        ui.tap(c == u' ' ? QStringLiteral("key_space") : QStringLiteral("key_") + c.toUpper());
    ui.tap(QStringLiteral("loginButton"));
    ui.waitItem(QStringLiteral("testPrintButton"), 10000);
    ui.tap(QStringLiteral("testPrintButton"));
    KIOSK_WAIT(f.printer.receipts.size() == 1);
    ui.tap(QStringLiteral("green_consult"));
    ui.waitItem(QStringLiteral("ticketNumber"));
    CHECK(f.controller->ticket().value(QStringLiteral("green")).toBool());
    ui.checkNoWarnings();
}

TEST_CASE("screens: appointment check-in by booking code", "[kiosk][qml][appointment]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    ui.tap(QStringLiteral("checkInButton"));
    ui.waitItem(QStringLiteral("codeField"));
    for (const QChar c : QStringLiteral("K7M2Q9TW"))
        ui.tap(QStringLiteral("key_") + c);
    CHECK(ui.text(QStringLiteral("codeField")) == QStringLiteral("K7M2Q9TW"));
    ui.tap(QStringLiteral("checkInCodeButton"));
    // No such booking: the server's refusal, in the citizen's language.
    ui.waitItem(QStringLiteral("refusalText"), 10000);
    CHECK_FALSE(ui.text(QStringLiteral("refusalText")).isEmpty());
    ui.checkNoWarnings();
}
