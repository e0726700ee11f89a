// The counter as window staff use it: keys and clicks on the real window,
// against the real server. Every action is pressed, and in each state the
// actions that must not be possible are disabled (and pressing their key
// does nothing).
#include "CounterHarness.h"

#include "counter/ui/ActionKeys.h"
#include "counter/ui/ActionPanel.h"
#include "counter/ui/FinishDialog.h"
#include "counter/ui/LoginDialog.h"
#include "counter/ui/NoticeDialog.h"
#include "counter/ui/PauseDialog.h"
#include "counter/ui/SidePanel.h"
#include "counter/ui/StatusHeader.h"
#include "counter/ui/TicketListsView.h"
#include "counter/ui/TicketPanel.h"
#include "counter/ui/TransferDialog.h"
#include "integration/HallFixture.h"
#include "integration/Requests.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;
using counter::CounterAction;
using Selection = counter::CounterController::Selection;

namespace {

constexpr int kWindow = 4; // 综合咨询窗口: consult first, accept second

QPushButton *buttonOf(CounterUi &ui, CounterAction a)
{
    if (auto *b = ui.window.actions()->button(a))
        return b;
    if (auto *b = ui.window.lists()->button(a))
        return b;
    return ui.window.header()->logoutButton();
}

// The actions whose button (and key) is enabled now.
QList<CounterAction> enabledNow(CounterUi &ui)
{
    QList<CounterAction> out;
    for (CounterAction a : counter::kAllActions) {
        const bool button = buttonOf(ui, a)->isEnabled();
        const bool key = ui.window.actions()->shortcutAction(a)->isEnabled();
        REQUIRE(button == key); // the key and its button never disagree
        if (button)
            out << a;
    }
    return out;
}

void loginByKeys(CounterUi &ui, const QString &staff, int window)
{
    auto *page = ui.window.loginPage();
    page->setFixedWindow(window);
    page->staffEdit()->clear();
    QTest::keyClicks(page->staffEdit(), staff);
    QTest::keyClicks(page->passwordEdit(), HallFixture::kPassword);
    QTest::keyClick(page->passwordEdit(), Qt::Key_Return);
}

protocol::TicketInfo issue(SessionDriver &issuer, const QString &service = u"consult"_s)
{
    return issuer.ok(issueOf(service)).ticket;
}

// Logs `ui` in at the usual window, issues one ticket and calls it with F1.
protocol::TicketInfo loginAndCallOne(CounterUi &ui, SessionDriver &kiosk)
{
    REQUIRE(ui.login(u"c1"_s, HallFixture::kPassword, kWindow));
    const auto t = issue(kiosk);
    REQUIRE(ui.waitWaiting(1));
    ui.press(Qt::Key_F1);
    REQUIRE(ui.waitCurrent(t.number));
    return t;
}

void selectRow(QTableWidget *table, qint64 ticketId)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == ticketId) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 0)).center());
            return;
        }
    }
    FAIL("ticket not in the list");
}

} // namespace

TEST_CASE("staff log in by keys and call recall to the limit no-show and reactivate", "[counter][gui]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    CounterUi ui(hall.server.wsUrl());
    loginByKeys(ui, u"c1"_s, kWindow);
    REQUIRE(waitUntil([&] { return ui.controller.phase() == counter::CounterController::Phase::Working; }));
    REQUIRE(ui.settled());
    CHECK(ui.window.header()->findChild<QLabel *>(u"header.staff"_s)->text().contains(u"王小明"_s));

    // Nobody waits: only pause and log-out are possible, and F1 does nothing.
    CHECK(enabledNow(ui) == QList<CounterAction>{CounterAction::Pause, CounterAction::Logout});
    ui.press(Qt::Key_F1);
    QTest::qWait(100);
    CHECK_FALSE(ui.controller.currentTicket().has_value());

    const auto a1 = issue(*kiosk);
    issue(*kiosk);
    REQUIRE(ui.waitWaiting(2));
    CHECK(enabledNow(ui) == QList<CounterAction>{CounterAction::CallNext, CounterAction::Pause, CounterAction::Logout});

    ui.press(Qt::Key_F1);
    REQUIRE(ui.waitCurrent(a1.number));
    REQUIRE(ui.settled());
    CHECK(ui.window.ticketPanel()->findChild<QLabel *>(u"ticket.number"_s)->text() == a1.number);
    CHECK(enabledNow(ui)
          == QList<CounterAction>{CounterAction::Recall, CounterAction::NoShow, CounterAction::Transfer,
                                  CounterAction::StartServing, CounterAction::Park});

    // Recall up to the hall's limit; the button counts, then refuses.
    for (int n = 1; n <= 3; ++n) {
        ui.press(Qt::Key_F2);
        REQUIRE(waitUntil([&] { return ui.controller.currentTicket()->recallCount == n && !ui.controller.situation().busy; }));
        CHECK(buttonOf(ui, CounterAction::Recall)->text().contains(u"%1/3"_s.arg(n)));
    }
    CHECK_FALSE(buttonOf(ui, CounterAction::Recall)->isEnabled());
    ui.press(Qt::Key_F2);
    QTest::qWait(100);
    CHECK(ui.controller.currentTicket()->state == u"called"_s); // not turned into a no-show by a stray key

    ui.press(Qt::Key_F3);
    REQUIRE(waitUntil([&] { return !ui.controller.currentTicket() && ui.controller.board()->lists().noShows.size() == 1; }));
    auto *noShows = ui.window.lists()->table(Selection::NoShow);
    ui.window.lists()->tabs()->setCurrentIndex(2);
    CHECK_FALSE(buttonOf(ui, CounterAction::Reactivate)->isEnabled());
    selectRow(noShows, a1.id);
    REQUIRE(waitUntil([&] { return buttonOf(ui, CounterAction::Reactivate)->isEnabled(); }));
    ui.press(Qt::Key_R, Qt::ControlModifier);
    REQUIRE(waitUntil([&] {
        const auto &lists = ui.controller.board()->lists();
        return lists.noShows.isEmpty() && lists.waiting.size() == 2;
    }));
    CHECK(ui.controller.board()->lists().waiting.last().id == a1.id); // the hall's rule: back at the end
}

TEST_CASE("serve transfer park take back finish with a case type and rate on the pad", "[counter][gui]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    CounterUi ui(hall.server.wsUrl());
    REQUIRE(ui.login(u"c1"_s, HallFixture::kPassword, kWindow));
    const auto t1 = issue(*kiosk);
    const auto t2 = issue(*kiosk);
    const auto t3 = issue(*kiosk);
    REQUIRE(ui.waitWaiting(3));

    // F1, F6: call and serve; F4 transfers to window 1 at the front with a note.
    ui.press(Qt::Key_F1);
    REQUIRE(ui.waitCurrent(t1.number));
    ui.press(Qt::Key_F6);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket()->state == u"serving"_s; }));
    REQUIRE(ui.settled());
    CHECK(enabledNow(ui)
          == QList<CounterAction>{CounterAction::Transfer, CounterAction::Finish, CounterAction::Park,
                                  CounterAction::AskRating, CounterAction::PrintAcceptance,
                                  CounterAction::PrintMaterials});
    ui.press(Qt::Key_F4);
    auto *transfer = ui.window.transferDialog();
    REQUIRE(transfer->isVisible());
    QTest::mouseClick(transfer->toWindowButton(), Qt::LeftButton);
    transfer->windowBox()->setCurrentIndex(transfer->windowBox()->findData(1));
    QTest::keyClick(transfer, Qt::Key_1); // at the front
    CHECK(transfer->placementButton(u"front"_s)->isChecked());
    transfer->noteEdit()->insert(u"需综合受理"_s); // typed with an input method: QTest types ASCII only
    QTest::keyClick(transfer->noteEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !ui.controller.currentTicket() && !ui.controller.situation().busy; }));
    auto c2 = hall.staff(u"c2"_s);
    c2->ok(at<protocol::WindowOpenRequest>(1));
    const auto atOne = c2->ok(at<protocol::CallNextRequest>(1)).ticket;
    CHECK(atOne.id == t1.id);
    CHECK(atOne.firstWindow == kWindow); // 首问负责制
    CHECK(atOne.note == u"需综合受理"_s);

    // F7 parks t2; t3 is called, served, finished as 承诺件 (key 2 in the dialog).
    ui.press(Qt::Key_F1);
    REQUIRE(ui.waitCurrent(t2.number));
    ui.press(Qt::Key_F7);
    REQUIRE(waitUntil([&] { return ui.controller.board()->lists().parked.size() == 1 && !ui.controller.currentTicket(); }));
    ui.press(Qt::Key_F1);
    REQUIRE(ui.waitCurrent(t3.number));
    ui.press(Qt::Key_F6);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket()->state == u"serving"_s && !ui.controller.situation().busy; }));
    ui.press(Qt::Key_F5);
    auto *finish = ui.window.finishDialog();
    REQUIRE(finish->isVisible());
    QTest::keyClick(finish, Qt::Key_2);
    CHECK(finish->caseTypeButton(u"promised"_s)->isChecked());
    QTest::keyClick(finish, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return ui.controller.lastFinished() && ui.controller.lastFinished()->id == t3.id; }));
    CHECK(ui.controller.lastFinished()->caseType == u"promised"_s);
    REQUIRE(ui.settled());
    CHECK(enabledNow(ui)
          == QList<CounterAction>{CounterAction::Pause, CounterAction::AskRating, CounterAction::PrintAcceptance,
                                  CounterAction::PrintMaterials, CounterAction::Logout});

    // F9 asks; the citizen answers 不满意 with a reason and a comment on the pad.
    ui.press(Qt::Key_F9);
    REQUIRE(waitUntil([&] { return ui.pad.stage() == counter::RatingPadController::Stage::Choosing; }));
    CHECK_FALSE(buttonOf(ui, CounterAction::AskRating)->isEnabled()); // asked once
    QTest::mouseClick(ui.padView.levelButton(2), Qt::LeftButton);
    REQUIRE(ui.pad.stage() == counter::RatingPadController::Stage::Details);
    QTest::mouseClick(ui.padView.reasonButton(u"slow"_s), Qt::LeftButton);
    ui.padView.commentEdit()->insert(u"等太久"_s);
    QTest::mouseClick(ui.padView.submitButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return ui.pad.stage() == counter::RatingPadController::Stage::Thanks; }));
    REQUIRE(waitUntil([&] { return ui.controller.board()->figures() && ui.controller.board()->figures()->ratings == 1; }));
    CHECK(ui.controller.board()->figures()->badRatings == 1);
    CHECK(ui.controller.board()->figures()->served == 1);
    CHECK(ui.window.sidePanel()->findChild<QLabel *>(u"figures"_s)->text().contains(u"1"_s));
    CHECK_FALSE(buttonOf(ui, CounterAction::AskRating)->isEnabled()); // rated

    // Ctrl+U takes the parked ticket back: it is called again.
    ui.window.lists()->tabs()->setCurrentIndex(1);
    selectRow(ui.window.lists()->table(Selection::Parked), t2.id);
    ui.press(Qt::Key_U, Qt::ControlModifier);
    REQUIRE(ui.waitCurrent(t2.number));
    CHECK(ui.controller.currentTicket()->state == u"called"_s);
}

TEST_CASE("pause with a reason and resume by F8 and call a chosen ticket", "[counter][gui]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    CounterUi ui(hall.server.wsUrl());
    REQUIRE(ui.login(u"c1"_s, HallFixture::kPassword, kWindow));
    issue(*kiosk);
    const auto second = issue(*kiosk);
    REQUIRE(ui.waitWaiting(2));

    ui.press(Qt::Key_F8);
    auto *pause = ui.window.pauseDialog();
    REQUIRE(pause->isVisible());
    QTest::keyClick(pause, Qt::Key_2);
    CHECK(pause->reasonButton(u"meeting"_s)->isChecked());
    QTest::keyClick(pause, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return ui.controller.windowInfo()->state == u"paused"_s && !ui.controller.situation().busy; }));
    CHECK(ui.controller.windowInfo()->pauseReason == u"meeting"_s);
    CHECK(enabledNow(ui) == QList<CounterAction>{CounterAction::Resume, CounterAction::Logout});
    CHECK(buttonOf(ui, CounterAction::Resume)->isVisible());
    CHECK_FALSE(buttonOf(ui, CounterAction::Pause)->isVisible());
    ui.press(Qt::Key_F1);
    QTest::qWait(100);
    CHECK_FALSE(ui.controller.currentTicket().has_value());

    ui.press(Qt::Key_F8);
    REQUIRE(waitUntil([&] { return ui.controller.windowInfo()->state == u"idle"_s && !ui.controller.situation().busy; }));
    // The second ticket, out of order, from the waiting list.
    selectRow(ui.window.lists()->table(Selection::Waiting), second.id);
    REQUIRE(waitUntil([&] { return buttonOf(ui, CounterAction::CallSelected)->isEnabled(); }));
    ui.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(ui.waitCurrent(second.number));
    // Busy with a ticket: log-out and the list calls are refused.
    REQUIRE(ui.settled());
    CHECK_FALSE(buttonOf(ui, CounterAction::Logout)->isEnabled());
    CHECK_FALSE(buttonOf(ui, CounterAction::CallSelected)->isEnabled());
}

TEST_CASE("a lost connection shows at once keeps the ticket and refuses actions until resync", "[counter][gui]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    CounterUi ui(hall.server.wsUrl());
    const auto t = loginAndCallOne(ui, *kiosk);
    REQUIRE(ui.settled());
    CHECK_FALSE(ui.window.offlineBanner()->isVisible());

    const quint16 port = hall.server.port();
    REQUIRE(hall.server.stop());
    REQUIRE(waitUntil([&] { return ui.window.offlineBanner()->isVisible(); }, 5000));
    CHECK(ui.window.ticketPanel()->findChild<QLabel *>(u"ticket.number"_s)->text() == t.number);
    CHECK(ui.window.header()->connectionLabel()->text().contains(u"OFFLINE"_s));
    CHECK(enabledNow(ui).isEmpty());
    ui.press(Qt::Key_F2);
    ui.press(Qt::Key_F3);
    QTest::qWait(100);
    CHECK(ui.controller.currentTicket()->recallCount == 0);

    hall.server.setPort(port);
    hall.start();
    REQUIRE(waitUntil([&] { return !ui.window.offlineBanner()->isVisible(); }, 15000));
    REQUIRE(ui.settled());
    CHECK(ui.currentNumber() == t.number);
    CHECK(buttonOf(ui, CounterAction::Recall)->isEnabled());
    ui.press(Qt::Key_F2);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket()->recallCount == 1; }));
}

TEST_CASE("a second log-in of the same staff member at another window is refused in words", "[counter][gui]")
{
    HallFixture hall;
    CounterHarness first(hall.server.wsUrl());
    REQUIRE(first.login(u"c1"_s, HallFixture::kPassword, kWindow));
    CounterUi second(hall.server.wsUrl());
    loginByKeys(second, u"c1"_s, 5);
    REQUIRE(waitUntil([&] { return !second.window.loginPage()->errorLabel()->text().isEmpty(); }));
    CHECK(second.window.loginPage()->errorLabel()->text().contains(u"already logged in at another window"_s));
    CHECK(second.controller.phase() == counter::CounterController::Phase::LoggedOut);
    CHECK(second.window.loginPage()->loginButton()->isEnabled()); // may try again

    // A wrong password is refused too, and says so.
    CounterUi third(hall.server.wsUrl());
    auto *page = third.window.loginPage();
    page->setFixedWindow(6);
    QTest::keyClicks(page->staffEdit(), u"c2"_s);
    QTest::keyClicks(page->passwordEdit(), u"wrong"_s);
    QTest::keyClick(page->passwordEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !page->errorLabel()->text().isEmpty(); }));
    CHECK(page->errorLabel()->text().contains(u"Wrong staff id or password"_s));
}

TEST_CASE("log-out by key ends the attendance and returns to the log-in page", "[counter][gui]")
{
    HallFixture hall;
    CounterUi ui(hall.server.wsUrl());
    REQUIRE(ui.login(u"c2"_s, HallFixture::kPassword, kWindow));
    REQUIRE(ui.settled());
    ui.press(Qt::Key_Q, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return ui.controller.phase() == counter::CounterController::Phase::LoggedOut; }));
    CHECK(ui.window.loginPage()->isVisible());
    client::HallMirror mirror;
    auto board = hall.display(&mirror);
    REQUIRE(waitUntil([&] { return mirror.window(kWindow).has_value(); }));
    CHECK(mirror.window(kWindow)->state == u"closed"_s);
}

TEST_CASE("F10 prints the acceptance notice as a PDF when no printer is configured", "[counter][gui]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    CounterUi ui(hall.server.wsUrl());
    const auto t = loginAndCallOne(ui, *kiosk);
    // Not in service yet: nothing to print.
    CHECK_FALSE(buttonOf(ui, CounterAction::PrintAcceptance)->isEnabled());
    ui.press(Qt::Key_F6);
    REQUIRE(waitUntil([&] { return ui.controller.currentTicket()->state == u"serving"_s && !ui.controller.situation().busy; }));
    ui.press(Qt::Key_F10);
    auto *notice = ui.window.noticeDialog();
    REQUIRE(notice->isVisible());
    notice->nameEdit()->insert(u"张三"_s);
    notice->accept();
    REQUIRE(waitUntil([&] { return !QDir(ui.pdfDir.path()).entryList({u"*.pdf"_s}).isEmpty(); }, 20000));
    REQUIRE(waitUntil([&] { return ui.window.messageLine()->text().contains(u".pdf"_s); }));
    QFile pdf(QDir(ui.pdfDir.path()).filePath(QDir(ui.pdfDir.path()).entryList({u"*.pdf"_s}).first()));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
}
