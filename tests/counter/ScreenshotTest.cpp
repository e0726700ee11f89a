// Screenshots of the counter in each state and of the rating pad, for
// docs/screenshots/counter/. Hidden: run under Xvfb with real rendering:
//   HALLQ_SCREENSHOT_DIR=docs/screenshots/counter QT_QPA_PLATFORM=xcb
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/test_counter "[.screenshots]"
#include "CounterHarness.h"

#include "counter/ui/FinishDialog.h"
#include "counter/ui/LoginDialog.h"
#include "counter/ui/NoticeDialog.h"
#include "counter/ui/PauseDialog.h"
#include "counter/ui/StatusHeader.h"
#include "counter/ui/TicketListsView.h"
#include "counter/ui/TransferDialog.h"
#include "integration/HallFixture.h"
#include "integration/Requests.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;
using counter::CounterAction;

namespace {

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HALLQ_SCREENSHOT_DIR");
    QTest::qWait(300); // let the frame settle (fonts, layouts) before grabbing
    REQUIRE(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

protocol::TicketIssueRequest realName(const QString &service)
{
    auto r = issueOf(service);
    r.identity = protocol::IdentityInput{u"11010519491231002X"_s, u"张三"_s};
    return r;
}

} // namespace

TEST_CASE("screenshots of the counter and the rating pad", "[.screenshots]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("HALLQ_SCREENSHOT_DIR"));
    QDir().mkpath(qEnvironmentVariable("HALLQ_SCREENSHOT_DIR"));
    HallFixture hall;
    auto kiosk = hall.kiosk();
    auto desk = hall.staff(u"sup"_s);
    CounterUi ui(hall.server.wsUrl());
    ui.controller.setEnglish(false);
    ui.language.setEnglish(false);
    ui.catalogue.fetch(hall.server.wsUrl());
    ui.window.loginPage()->setServerText(hall.server.wsUrl().toString());
    ui.window.resize(1280, 800);
    ui.padView.resize(1024, 600);
    REQUIRE(waitUntil([&] { return ui.catalogue.loaded(); }));
    ui.window.loginPage()->setStaffId(u"c1"_s);
    shoot(&ui.window, u"01-login"_s);

    REQUIRE(ui.login(u"c1"_s, HallFixture::kPassword, 4));
    ui.pad.setWindow(4);
    ui.padView.setTitle(ui.mirror.hallName(), ui.controller.windowName(4));
    REQUIRE(ui.settled());
    shoot(&ui.window, u"02-idle-nobody-waiting"_s);

    // A morning queue: a green-channel ticket, walk-ins, a real-name acceptance.
    auto green = issueOf(u"consult"_s);
    green.ticketClass = u"green"_s;
    desk->ok(green);
    kiosk->ok(issueOf(u"consult"_s));
    kiosk->ok(issueOf(u"consult"_s));
    desk->ok(realName(u"accept"_s));
    REQUIRE(ui.waitWaiting(4));
    REQUIRE(ui.settled());
    shoot(&ui.window, u"03-idle-waiting"_s);

    ui.press(Qt::Key_F1);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket().has_value(); }));
    ui.press(Qt::Key_F2);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket()->recallCount == 1; }));
    REQUIRE(ui.settled());
    shoot(&ui.window, u"04-calling-recalled"_s);
    ui.press(Qt::Key_F6);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket()->state == u"serving"_s; }));
    REQUIRE(ui.settled());
    ui.press(Qt::Key_F4);
    auto *transfer = ui.window.transferDialog();
    transfer->serviceBox()->setCurrentIndex(transfer->serviceBox()->findData(u"crossregion"_s));
    transfer->placementButton(u"front"_s)->setChecked(true);
    transfer->noteEdit()->setText(u"异地户籍，需跨域通办"_s);
    shoot(transfer, u"05-transfer-dialog"_s);
    transfer->reject();

    // A real-name ticket transferred here from window 1, with its history.
    auto c2 = hall.staff(u"c2"_s);
    c2->ok(at<protocol::WindowOpenRequest>(1));
    ui.press(Qt::Key_F5);
    ui.window.finishDialog()->accept();
    REQUIRE(waitUntil([&] { return !ui.controller.currentTicket() && !ui.controller.situation().busy; }));
    const auto accepted = desk->ok(realName(u"accept"_s)).ticket;
    c2->ok(at<protocol::CallTicketRequest>(1, accepted.id));
    protocol::TicketTransferRequest toFour;
    toFour.window = 1;
    toFour.toWindow = 4;
    toFour.placement = u"front"_s;
    toFour.note = u"申请人已在1号窗口核验身份，补交材料后办理"_s;
    c2->ok(toFour);
    REQUIRE(ui.settled());
    ui.press(Qt::Key_F1);
    REQUIRE(ui.waitCurrent(accepted.number));
    ui.press(Qt::Key_F6);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket()->state == u"serving"_s; }));
    REQUIRE(waitUntil([&] { return !ui.controller.board()->history().isEmpty(); }));
    REQUIRE(ui.settled());
    shoot(&ui.window, u"06-serving-transferred-real-name"_s);

    ui.press(Qt::Key_F11);
    auto *notice = ui.window.noticeDialog();
    notice->nameEdit()->setText(u"张三"_s);
    notice->typedMaterials()->setPlainText(u"户口簿：原件及复印件各一份\n近期免冠照片：2张"_s);
    shoot(notice, u"07-materials-notice-dialog"_s);
    notice->reject();

    ui.press(Qt::Key_F5);
    ui.window.finishDialog()->caseTypeButton(u"promised"_s)->setChecked(true);
    shoot(ui.window.finishDialog(), u"08-finish-dialog"_s);
    ui.window.finishDialog()->accept();
    REQUIRE(waitUntil([&] { return ui.controller.lastFinished().has_value() && !ui.controller.situation().busy; }));

    ui.press(Qt::Key_F9);
    REQUIRE(waitUntil([&] { return ui.pad.stage() == counter::RatingPadController::Stage::Choosing; }));
    shoot(&ui.padView, u"20-pad-choosing"_s);
    QTest::mouseClick(ui.padView.levelButton(2), Qt::LeftButton);
    QTest::mouseClick(ui.padView.reasonButton(u"slow"_s), Qt::LeftButton);
    ui.padView.commentEdit()->setText(u"等候时间较长"_s);
    shoot(&ui.padView, u"21-pad-reasons"_s);
    QTest::mouseClick(ui.padView.submitButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return ui.pad.stage() == counter::RatingPadController::Stage::Thanks; }));
    shoot(&ui.padView, u"22-pad-thanks"_s);
    REQUIRE(waitUntil([&] { return ui.controller.board()->figures() && ui.controller.board()->figures()->ratings == 1; }));
    REQUIRE(ui.settled());
    shoot(&ui.window, u"09-finished-rated"_s);
    ui.pad.skip();
    shoot(&ui.padView, u"23-pad-waiting"_s);

    ui.press(Qt::Key_F8);
    ui.window.pauseDialog()->reasonButton(u"lunch"_s)->setChecked(true);
    shoot(ui.window.pauseDialog(), u"10-pause-dialog"_s);
    ui.window.pauseDialog()->accept();
    REQUIRE(waitUntil([&] { return ui.controller.windowInfo()->state == u"paused"_s && !ui.controller.situation().busy; }));
    shoot(&ui.window, u"11-paused"_s);
    ui.press(Qt::Key_F8);
    REQUIRE(waitUntil([&] { return ui.controller.windowInfo()->state == u"idle"_s && !ui.controller.situation().busy; }));

    ui.press(Qt::Key_F1);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket().has_value(); }));
    REQUIRE(ui.settled());
    REQUIRE(hall.server.stop());
    REQUIRE(waitUntil([&] { return !ui.controller.connected(); }));
    QTest::qWait(500);
    shoot(&ui.window, u"12-connection-lost"_s);

    QTest::mouseClick(ui.window.header()->languageButton(), Qt::LeftButton);
    shoot(&ui.window, u"13-connection-lost-english"_s);
}
