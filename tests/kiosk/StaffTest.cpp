// Staff mode at the kiosk: a guide or administrator logs in on the kiosk's
// own screen, with their own account and role.
#include "KioskFixture.h"

#include "protocol/Protocol.h"

using namespace hallq;
using namespace hallq::kiosk;
using namespace hallq::kiosk::test;
using Screen = KioskController::Screen;

namespace {

void logInAs(KioskFixture &f, const QString &staffId)
{
    f.controller->openStaffLogin();
    REQUIRE(f.controller->screen() == Screen::StaffLogin);
    f.controller->staffLogin(staffId, KioskFixture::kPassword);
    KIOSK_WAIT(f.controller->screen() == Screen::Staff);
    CHECK_FALSE(f.controller->staffName().isEmpty());
}

} // namespace

TEST_CASE("staff mode refuses a wrong password and a counter account", "[kiosk][staff]")
{
    KioskFixture f;
    f.controller->openStaffLogin();
    f.controller->staffLogin(QStringLiteral("g1"), QStringLiteral("wrong password"));
    KIOSK_WAIT(!f.controller->staffMessage().isEmpty() && !f.controller->staffBusy());
    CHECK(f.controller->screen() == Screen::StaffLogin);
    CHECK(f.controller->staffMessage() == QStringLiteral("Wrong staff ID or password."));

    f.controller->staffLogin(QStringLiteral("c1"), KioskFixture::kPassword);
    KIOSK_WAIT(!f.controller->staffBusy() && !f.controller->staffMessage().isEmpty());
    CHECK(f.controller->screen() == Screen::StaffLogin);
    CHECK(f.controller->staffMessage().contains(QStringLiteral("guide")));
}

TEST_CASE("a guide issues a green-channel ticket and hands the kiosk back", "[kiosk][staff][green]")
{
    KioskFixture f;
    // The kiosk alone may not: a 30-year-old is sent to the guide desk.
    logInAs(f, QStringLiteral("g1"));
    CHECK(f.controller->readerText() == QStringLiteral("Card reader ready."));
    CHECK(f.controller->printerText().contains(QStringLiteral("test printer")));
    f.controller->issueGreen(QStringLiteral("consult"));
    KIOSK_WAIT(f.controller->screen() == Screen::Ticket);
    CHECK(f.controller->ticket().value(QStringLiteral("ticketClass")).toString() == QStringLiteral("green"));
    KIOSK_WAIT(f.controller->staffName().isEmpty()); // logged out with the hand-over
    auto sup = f.staff(QStringLiteral("sup"));
    const auto queue = sup->ok(protocol::QueueListRequest{QStringLiteral("consult"), std::nullopt});
    REQUIRE(queue.tickets.size() == 1);
    CHECK(queue.tickets[0].ticketClass == QStringLiteral("green"));
}

TEST_CASE("test print and reprint of the last ticket", "[kiosk][staff][print]")
{
    KioskFixture f;
    logInAs(f, QStringLiteral("g1"));
    f.controller->reprintLast();
    CHECK(f.controller->staffMessage().contains(QStringLiteral("No ticket")));
    f.controller->testPrint();
    KIOSK_WAIT(f.controller->staffMessage() == QStringLiteral("Test ticket printed."));
    REQUIRE(f.printer.receipts.size() == 1);
    CHECK(f.printer.receipts[0].ticketId == 0);
    CHECK(f.printer.receipts[0].number == QStringLiteral("TEST"));
    CHECK(f.controller->pendingReports() == 0); // a test print is not a ticket
    f.controller->staffLogout();

    // Paper out: the citizen's ticket is on screen only; the reprint puts it on paper.
    f.printer.nextFailure = PrintFailure::PaperOut;
    const QVariantMap ticket = f.take(QStringLiteral("consult"));
    const qint64 id = ticket.value(QStringLiteral("id")).toLongLong();
    KIOSK_WAIT(f.journal(id).size() == 2);
    f.controller->home();
    f.printer.nextFailure = PrintFailure::None;
    logInAs(f, QStringLiteral("g1"));
    f.controller->reprintLast();
    KIOSK_WAIT(f.controller->staffMessage() == QStringLiteral("Ticket reprinted."));
    REQUIRE(f.printer.receipts.size() == 3);
    CHECK(f.printer.receipts[2].number == ticket.value(QStringLiteral("number")).toString());
    KIOSK_WAIT(f.journal(id).size() == 3);
    CHECK(f.journal(id).at(1).first == QStringLiteral("shown_on_screen"));
    CHECK(f.journal(id).at(2).first == QStringLiteral("printed"));
}

TEST_CASE("a locked kiosk stays out of service until a guide unlocks it", "[kiosk][staff]")
{
    KioskFixture f;
    logInAs(f, QStringLiteral("g1"));
    f.controller->lock();
    f.controller->staffLogout();
    CHECK(f.controller->screen() == Screen::Locked);
    f.controller->chooseService(QStringLiteral("consult"));
    CHECK(f.controller->screen() == Screen::Locked);
    f.controller->cardRead(youngId(), QStringLiteral("张三"));
    CHECK_FALSE(f.controller->holdsPersonalData());
    logInAs(f, QStringLiteral("g1"));
    f.controller->unlock();
    f.controller->staffLogout();
    CHECK(f.controller->screen() == Screen::Home);
}

TEST_CASE("staff mode ends by itself when left alone", "[kiosk][staff][idle]")
{
    KioskFixture f;
    logInAs(f, QStringLiteral("g1"));
    f.controller->setIdleTimeout(std::chrono::milliseconds(300));
    KIOSK_WAIT(f.controller->screen() == Screen::Home);
    CHECK(f.controller->staffName().isEmpty());
}
