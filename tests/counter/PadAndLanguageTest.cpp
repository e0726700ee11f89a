// The rating pad never forces a rating (skip, timeout), takes one per ticket,
// and the counter speaks Chinese by default and English on request.
#include "CounterHarness.h"

#include "counter/ui/ActionKeys.h"
#include "counter/ui/ActionPanel.h"
#include "counter/ui/Language.h"
#include "counter/ui/StatusHeader.h"
#include "integration/HallFixture.h"
#include "integration/Requests.h"

#include <QFile>
#include <QPushButton>

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;
using counter::CounterAction;
using Stage = counter::RatingPadController::Stage;

namespace {

// Serves one ticket to the end at window 4 and asks for its rating.
protocol::TicketInfo servedAndAsked(CounterHarness &counter, SessionDriver &kiosk)
{
    const auto t = kiosk.ok(issueOf(u"consult"_s)).ticket;
    REQUIRE(counter.waitWaiting(1));
    counter.controller.callNext();
    REQUIRE(counter.waitCurrent(t.number));
    REQUIRE(counter.settled());
    counter.controller.startServing();
    REQUIRE(waitUntil([&] { return counter.controller.currentTicket()->state == u"serving"_s && !counter.controller.situation().busy; }));
    counter.controller.finish(u"immediate"_s, u"done"_s);
    REQUIRE(waitUntil([&] { return counter.controller.lastFinished().has_value() && !counter.controller.situation().busy; }));
    counter.controller.askRating();
    REQUIRE(waitUntil([&] { return counter.controller.ratingPending(); }));
    return t;
}

} // namespace

TEST_CASE("the pad lets the citizen decline and gives up by itself without sending anything", "[counter][pad]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    CounterHarness counter(hall.server.wsUrl());
    REQUIRE(counter.login(u"c1"_s, HallFixture::kPassword, 4));
    counter::RatingPadController pad(&counter.session, 4);
    pad.setTimeout(std::chrono::milliseconds(1200));
    counter::ui::RatingPad view(&pad);
    view.show();

    servedAndAsked(counter, *kiosk);
    REQUIRE(waitUntil([&] { return pad.stage() == Stage::Choosing; }));
    CHECK(view.skipButton()->isVisible());
    QTest::mouseClick(view.skipButton(), Qt::LeftButton);
    CHECK(pad.stage() == Stage::Waiting);

    // Asked again for the next ticket, the citizen does nothing: the pad closes itself.
    servedAndAsked(counter, *kiosk);
    REQUIRE(waitUntil([&] { return pad.stage() == Stage::Choosing; }));
    REQUIRE(waitUntil([&] { return pad.stage() == Stage::Waiting; }, 5000));
    counter.controller.board()->refreshFigures();
    REQUIRE(waitUntil([&] { return counter.controller.board()->figures() && counter.controller.board()->figures()->served == 2; }));
    CHECK(counter.controller.board()->figures()->ratings == 0);
}

TEST_CASE("a pad on its own screen rates through a display device and only once", "[counter][pad]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    CounterHarness counter(hall.server.wsUrl());
    REQUIRE(counter.login(u"c1"_s, HallFixture::kPassword, 4));
    // hallq-counter --evaluator: a display token, subscribed to its window.
    client::HallSession padSession;
    padSession.setServerUrl(hall.server.wsUrl());
    padSession.setDeviceToken(hall.displayToken);
    padSession.setSubscription(u"window"_s, 4);
    counter::RatingPadController pad(&padSession, 4);
    counter::ui::RatingPad view(&pad);
    view.show();
    padSession.start();
    REQUIRE(waitUntil([&] { return padSession.isReady(); }));

    const auto t = servedAndAsked(counter, *kiosk);
    REQUIRE(waitUntil([&] { return pad.stage() == Stage::Choosing; }));
    CHECK(pad.invitation()->ticketNumber == t.number);
    QTest::keyClick(&view, Qt::Key_5); // a keypad evaluator
    REQUIRE(waitUntil([&] { return pad.stage() == Stage::Thanks; }));
    REQUIRE(waitUntil([&] { return counter.controller.lastRating() && counter.controller.lastRating()->ticketId == t.id; }));
    CHECK(counter.controller.lastRating()->level == 5);
    CHECK_FALSE(counter.controller.isEnabled(CounterAction::AskRating));

    // The same invitation offered again cannot produce a second rating.
    protocol::RatingInvitation again = *pad.invitation();
    pad.skip();
    pad.offer(again);
    pad.choose(1);
    CHECK(pad.stage() == Stage::Details);
    pad.submitDetails({u"attitude"_s}, {});
    REQUIRE(waitUntil([&] { return pad.stage() == Stage::Failed; }));
    CHECK(pad.lastError().contains(u"rated already"_s));
}

TEST_CASE("the counter speaks Chinese by default and switches to English and back", "[counter][i18n]")
{
    HallFixture hall;
    CounterUi ui(hall.server.wsUrl());
    REQUIRE(ui.language.chineseAvailable());
    REQUIRE(ui.login(u"c1"_s, HallFixture::kPassword, 4));
    auto *callNext = ui.window.actions()->button(CounterAction::CallNext);
    CHECK(callNext->text().contains(u"Call next"_s));
    // What main() does for the default language.
    ui.controller.setEnglish(false);
    ui.language.setEnglish(false);
    REQUIRE(waitUntil([&] { return callNext->text().contains(u"叫号"_s); }));
    CHECK(ui.padView.levelButton(5)->text().contains(u"非常满意"_s));
    CHECK(ui.padView.levelButton(1)->text().contains(u"非常不满意"_s));
    QTest::mouseClick(ui.window.header()->languageButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return callNext->text().contains(u"Call next"_s); }));
    CHECK(ui.window.header()->languageButton()->text() == u"中文"_s);
    QTest::mouseClick(ui.window.header()->languageButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return callNext->text().contains(u"叫号"_s); }));
    ui.language.setEnglish(true);
}

TEST_CASE("every string of the counter has a finished Chinese translation", "[counter][i18n]")
{
    QFile ts(qEnvironmentVariable("HALLQ_SOURCE_DIR") + u"/counter/translations/hallq_counter_zh_CN.ts"_s);
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    CHECK(text.count(u"<message>"_s) > 200);
    CHECK_FALSE(text.contains(u"type=\"unfinished\""_s));
    CHECK_FALSE(text.contains(u"type=\"vanished\""_s));
    CHECK_FALSE(text.contains(u"<translation></translation>"_s));
}
