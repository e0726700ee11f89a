// The kiosk's flows against the real server: what a citizen sees on each step,
// what the server recorded, and what was sent to the printer.
#include "KioskFixture.h"

#include "protocol/Protocol.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTimeZone>

using namespace hallq;
using namespace hallq::kiosk;
using namespace hallq::kiosk::test;
using Screen = KioskController::Screen;
using PrintState = KioskController::PrintState;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace

TEST_CASE("the home screen lists every service of the hall with its queue", "[kiosk][flow]")
{
    KioskFixture f;
    CHECK(f.controller->online());
    CHECK(f.controller->hallName() == QStringLiteral("茶陵县政务服务中心"));
    ServiceTiles *tiles = f.controller->services();
    REQUIRE(tiles->rowCount() == 8);
    const QModelIndex first = tiles->index(0, 0);
    CHECK(tiles->data(first, ServiceTiles::TitleRole).toString() == QStringLiteral("综合咨询"));
    CHECK(tiles->data(first, ServiceTiles::CanIssueRole).toBool());
    CHECK(tiles->data(first, ServiceTiles::HasGuideRole).toBool());
    CHECK_FALSE(tiles->data(first, ServiceTiles::RealNameRole).toBool());
    CHECK(tiles->data(tiles->index(1, 0), ServiceTiles::RealNameRole).toBool()); // 综合受理 is real-name

    f.controller->setEnglish(true);
    CHECK(tiles->data(first, ServiceTiles::TitleRole).toString() == QStringLiteral("General enquiries"));
    CHECK(f.controller->hallName() == QStringLiteral("Chaling County Government Service Center"));
}

TEST_CASE("a tap on a walk-in service shows the server's ticket and prints it", "[kiosk][flow]")
{
    KioskFixture f;
    auto sup = f.staff(QStringLiteral("sup"));
    const QVariantMap ticket = f.take(QStringLiteral("consult"));
    CHECK(ticket.value(QStringLiteral("number")).toString() == QStringLiteral("A001"));
    CHECK(ticket.value(QStringLiteral("service")).toString() == QStringLiteral("综合咨询"));
    CHECK(ticket.value(QStringLiteral("peopleAhead")).toInt() == 0);
    CHECK_FALSE(ticket.value(QStringLiteral("green")).toBool());
    // Exactly what the server holds: the queue lists it.
    const auto queue = sup->ok(protocol::QueueListRequest{QStringLiteral("consult"), std::nullopt});
    REQUIRE(queue.tickets.size() == 1);
    CHECK(queue.tickets[0].id == ticket.value(QStringLiteral("id")).toLongLong());
    CHECK(queue.tickets[0].number == QStringLiteral("A001"));
    CHECK(queue.tickets[0].identityMasked == std::nullopt); // no card asked, none sent

    // Printed: the receipt carries the same number and a status link.
    KIOSK_WAIT(f.controller->printState() == PrintState::Printed);
    REQUIRE(f.printer.receipts.size() == 1);
    const Receipt &r = f.printer.receipts[0];
    CHECK(r.number == QStringLiteral("A001"));
    CHECK(r.serviceName == QStringLiteral("综合咨询"));
    CHECK(r.hallName == QStringLiteral("茶陵县政务服务中心"));
    CHECK(r.statusUrl.startsWith(f.server.httpUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/t/")));
    CHECK(ticket.value(QStringLiteral("statusUrl")).toString() == r.statusUrl);

    // The server journals the print.
    const qint64 id = ticket.value(QStringLiteral("id")).toLongLong();
    KIOSK_WAIT(f.controller->pendingReports() == 0 && f.journal(id).size() == 2);
    CHECK(f.journal(id).at(1).first == QStringLiteral("printed"));
    // A counter reading the ticket's history sees it too.
    const auto history = sup->ok(protocol::TicketHistoryRequest{{id}});
    REQUIRE(history.entries.size() == 2);
    CHECK(history.entries[1].change == QStringLiteral("printed"));

    // The next one is behind it.
    f.controller->home();
    const QVariantMap second = f.take(QStringLiteral("consult"));
    CHECK(second.value(QStringLiteral("number")).toString() == QStringLiteral("A002"));
    CHECK(second.value(QStringLiteral("peopleAhead")).toInt() == 1);
}

TEST_CASE("a failed print is shown on screen and recorded as an on-screen ticket", "[kiosk][flow][print]")
{
    KioskFixture f;
    f.printer.nextFailure = PrintFailure::PaperOut;
    const QVariantMap ticket = f.take(QStringLiteral("consult"));
    KIOSK_WAIT(f.controller->printState() == PrintState::Failed);
    CHECK(f.controller->screen() == Screen::Ticket); // still on screen, with its QR link
    CHECK(f.controller->ticket().value(QStringLiteral("number")) == ticket.value(QStringLiteral("number")));
    CHECK_FALSE(f.controller->printProblem().isEmpty());
    const qint64 id = ticket.value(QStringLiteral("id")).toLongLong();
    KIOSK_WAIT(f.controller->pendingReports() == 0 && f.journal(id).size() == 2);
    const auto entry = f.journal(id).at(1);
    CHECK(entry.first == QStringLiteral("shown_on_screen"));
    CHECK(entry.second.value(QStringLiteral("reason")).toString() == QStringLiteral("paper_out"));
    CHECK(entry.second.value(QStringLiteral("number")).toString() == ticket.value(QStringLiteral("number")).toString());
}

TEST_CASE("a kiosk without a printer records every ticket as on-screen", "[kiosk][flow][print]")
{
    KioskFixture f;
    f.controller->setPrinter(nullptr);
    const QVariantMap ticket = f.take(QStringLiteral("consult"));
    CHECK(f.controller->printState() == PrintState::Failed);
    const qint64 id = ticket.value(QStringLiteral("id")).toLongLong();
    KIOSK_WAIT(f.journal(id).size() == 2);
    CHECK(f.journal(id).at(1).second.value(QStringLiteral("reason")).toString() == QStringLiteral("no_printer"));
}

TEST_CASE("a printer that never answers counts as a timeout", "[kiosk][flow][print]")
{
    KioskFixture f;
    f.printer.hold = true;
    f.controller->setPrintTimeout(std::chrono::milliseconds(200));
    const QVariantMap ticket = f.take(QStringLiteral("consult"));
    CHECK(f.controller->printState() == PrintState::Printing);
    KIOSK_WAIT(f.controller->printState() == PrintState::Failed);
    const qint64 id = ticket.value(QStringLiteral("id")).toLongLong();
    KIOSK_WAIT(f.journal(id).size() == 2);
    CHECK(f.journal(id).at(1).second.value(QStringLiteral("reason")).toString() == QStringLiteral("timeout"));
    // A late answer from the printer changes nothing.
    f.printer.answer(id);
    QTest::qWait(50);
    CHECK(f.controller->printState() == PrintState::Failed);
}

TEST_CASE("a real-name service asks for the ID card and shows it masked", "[kiosk][flow][card]")
{
    KioskFixture f;
    auto sup = f.staff(QStringLiteral("sup"));
    f.controller->chooseService(QStringLiteral("accept"));
    REQUIRE(f.controller->screen() == Screen::CardPrompt);
    const QString id = youngId();
    f.controller->cardRead(id, QStringLiteral("张三丰"));
    KIOSK_WAIT(f.controller->screen() == Screen::Ticket);
    const QVariantMap ticket = f.controller->ticket();
    CHECK(ticket.value(QStringLiteral("number")).toString() == QStringLiteral("B001"));
    CHECK(ticket.value(QStringLiteral("identityMasked")).toString() == protocol::IdNumber::mask(id));
    CHECK_FALSE(ticket.value(QStringLiteral("green")).toBool()); // 30 years old
    // The card is forgotten once the ticket is out.
    CHECK_FALSE(f.controller->card().value(QStringLiteral("present")).toBool());
    const auto queue = sup->ok(protocol::QueueListRequest{QStringLiteral("accept"), std::nullopt});
    REQUIRE(queue.tickets.size() == 1);
    CHECK(queue.tickets[0].identityMasked == protocol::IdNumber::mask(id));
}

TEST_CASE("the per-ID limit is explained with the number already held", "[kiosk][flow][card]")
{
    KioskFixture f;
    const QString id = youngId();
    // 出件 allows three a day; 帮办代办 one.
    f.controller->cardRead(id, QStringLiteral("李四"));
    const QVariantMap first = f.take(QStringLiteral("assist"));
    CHECK(first.value(QStringLiteral("number")).toString() == QStringLiteral("C001"));
    f.controller->home();
    f.controller->cardRead(id, QStringLiteral("李四"));
    f.controller->chooseService(QStringLiteral("assist"));
    KIOSK_WAIT(f.controller->screen() == Screen::Refusal);
    INFO(str(f.controller->refusalText()));
    CHECK(f.controller->refusalText().contains(QStringLiteral("C001")));
    CHECK_FALSE(f.controller->refusalTitle().isEmpty());
    // Another person is not affected.
    f.controller->home();
    f.controller->cardRead(youngId(QStringLiteral("456")), QStringLiteral("王五"));
    CHECK(f.take(QStringLiteral("assist")).value(QStringLiteral("number")).toString() == QStringLiteral("C002"));
}

TEST_CASE("a card holder of the elderly age gets a green ticket by themselves", "[kiosk][flow][green]")
{
    KioskFixture f;
    f.controller->cardRead(elderlyId(), QStringLiteral("赵老汉"));
    CHECK(f.controller->screen() == Screen::Home);
    CHECK(f.controller->card().value(QStringLiteral("elderly")).toBool());
    CHECK(f.controller->card().value(QStringLiteral("maskedName")).toString() == QStringLiteral("赵**"));
    const QVariantMap ticket = f.take(QStringLiteral("consult"));
    CHECK(ticket.value(QStringLiteral("green")).toBool());
    CHECK(ticket.value(QStringLiteral("ticketClass")).toString() == QStringLiteral("green"));

    // Under the age: a normal ticket, even with the card.
    f.controller->home();
    f.controller->cardRead(youngId(), QStringLiteral("钱小"));
    CHECK_FALSE(f.controller->card().value(QStringLiteral("elderly")).toBool());
    CHECK(f.take(QStringLiteral("consult")).value(QStringLiteral("ticketClass")).toString() == QStringLiteral("normal"));
}

TEST_CASE("the elderly age comes from the hall configuration", "[kiosk][flow][green]")
{
    KioskFixture f([](QJsonObject &hall) {
        QJsonObject green = hall.value(QStringLiteral("greenChannel")).toObject();
        green.insert(QStringLiteral("elderlyAge"), 75);
        hall.insert(QStringLiteral("greenChannel"), green);
    });
    CHECK(f.controller->elderlyAge() == 75);
    f.controller->cardRead(elderlyId(), QStringLiteral("赵老汉")); // 72
    CHECK_FALSE(f.controller->card().value(QStringLiteral("elderly")).toBool());
    CHECK(f.take(QStringLiteral("consult")).value(QStringLiteral("ticketClass")).toString() == QStringLiteral("normal"));
}

TEST_CASE("a card with a bad check digit is refused before anything is sent", "[kiosk][flow][card]")
{
    KioskFixture f;
    QString bad = youngId();
    bad[17] = bad[17] == u'1' ? u'2' : u'1';
    f.controller->chooseService(QStringLiteral("accept"));
    f.controller->cardRead(bad, QStringLiteral("张三"));
    CHECK(f.controller->screen() == Screen::Refusal);
    CHECK_FALSE(f.controller->card().value(QStringLiteral("present")).toBool());
}

TEST_CASE("without a working reader real-name services say so and the others still issue", "[kiosk][flow][card]")
{
    KioskFixture f;
    f.controller->setReaderState(KioskController::ReaderState::Disconnected);
    f.controller->chooseService(QStringLiteral("accept"));
    CHECK(f.controller->screen() == Screen::Refusal);
    CHECK(f.controller->refusalTitle() == QStringLiteral("The ID card reader is not working"));
    f.controller->home();
    CHECK(f.take(QStringLiteral("consult")).value(QStringLiteral("number")).toString() == QStringLiteral("A001"));

    // Unplugged while the citizen is asked for the card.
    f.controller->home();
    f.controller->setReaderState(KioskController::ReaderState::Connected);
    f.controller->chooseService(QStringLiteral("accept"));
    REQUIRE(f.controller->screen() == Screen::CardPrompt);
    f.controller->setReaderState(KioskController::ReaderState::Failing, QStringLiteral("SAM not authorised"));
    CHECK(f.controller->screen() == Screen::Refusal);
}

TEST_CASE("a closed service shows when it opens and issues nothing", "[kiosk][flow][hours]")
{
    // 政务公开 open only in a one-minute session three hours from now.
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai"));
    QTime start = now.time().addSecs(3 * 3600);
    if (start.hour() == 23 && start.minute() >= 58)
        start = QTime(1, 0);
    const QString session = start.toString(QStringLiteral("HH:mm")) + QStringLiteral("-") +
                            start.addSecs(60).toString(QStringLiteral("HH:mm"));
    KioskFixture f([&](QJsonObject &hall) {
        QJsonArray services = hall.value(QStringLiteral("services")).toArray();
        for (qsizetype i = 0; i < services.size(); ++i) {
            QJsonObject s = services[i].toObject();
            if (s.value(QStringLiteral("id")).toString() == QStringLiteral("publicinfo")) {
                s.insert(QStringLiteral("issueOutsideHours"), false);
                s.insert(QStringLiteral("hours"), QJsonArray{session});
                services[i] = s;
            }
        }
        hall.insert(QStringLiteral("services"), services);
    });
    f.controller->setClock([] { return QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")); });
    ServiceTiles *tiles = f.controller->services();
    const QModelIndex tile = tiles->index(tiles->rowCount() - 2, 0);
    REQUIRE(tiles->data(tile, client::ServiceQueueModel::ServiceIdRole).toString() == QStringLiteral("publicinfo"));
    CHECK_FALSE(tiles->data(tile, ServiceTiles::CanIssueRole).toBool());
    INFO(str(tiles->data(tile, ServiceTiles::OpensTextRole).toString()));
    CHECK_FALSE(tiles->data(tile, ServiceTiles::OpensTextRole).toString().isEmpty());
    f.controller->chooseService(QStringLiteral("publicinfo"));
    CHECK(f.controller->screen() == Screen::Refusal);
    CHECK(f.controller->refusalText().contains(QStringLiteral("opens")));
    CHECK(f.printer.receipts.isEmpty());
}

TEST_CASE("a server that goes away pauses the kiosk and it comes back by itself", "[kiosk][flow][server]")
{
    KioskFixture f;
    QSignalSpy screens(f.controller.get(), &KioskController::screenChanged);
    f.server.setPort(f.server.port());
    REQUIRE(f.server.stop());
    KIOSK_WAIT(f.controller->screen() == Screen::Paused);
    CHECK_FALSE(f.controller->online());
    // Nothing can be issued while paused.
    f.controller->chooseService(QStringLiteral("consult"));
    CHECK(f.controller->screen() == Screen::Paused);
    CHECK(f.printer.receipts.isEmpty());
    REQUIRE(f.server.start());
    KIOSK_WAIT(f.controller->screen() == Screen::Home);
    CHECK(f.take(QStringLiteral("consult")).value(QStringLiteral("number")).toString() == QStringLiteral("A001"));
}

TEST_CASE("an issue that the server never answers shows no ticket", "[kiosk][flow][server]")
{
    KioskFixture f;
    f.controller->chooseService(QStringLiteral("consult"));
    REQUIRE(f.controller->screen() == Screen::Issuing);
    f.server.kill9();
    KIOSK_WAIT(f.controller->screen() != Screen::Issuing);
    CHECK(f.controller->screen() != Screen::Ticket);
    CHECK(f.controller->ticket().isEmpty());
    CHECK(f.printer.receipts.isEmpty());
}

TEST_CASE("print reports made while the server is down are delivered after it returns", "[kiosk][flow][server]")
{
    KioskFixture f;
    f.printer.hold = true;
    const QVariantMap ticket = f.take(QStringLiteral("consult"));
    const qint64 id = ticket.value(QStringLiteral("id")).toLongLong();
    f.server.setPort(f.server.port());
    REQUIRE(f.server.stop());
    KIOSK_WAIT(!f.session->isReady());
    f.printer.answer(id); // printed while the server is away
    CHECK(f.controller->printState() == PrintState::Printed);
    CHECK(f.controller->pendingReports() == 1);
    REQUIRE(f.server.start());
    KIOSK_WAIT(f.controller->pendingReports() == 0);
    KIOSK_WAIT(f.journal(id).size() == 2);
    CHECK(f.journal(id).at(1).first == QStringLiteral("printed"));
}

TEST_CASE("the idle timeout forgets the card the ticket the language and elderly mode", "[kiosk][flow][idle]")
{
    KioskFixture f;
    f.controller->setIdleTimeout(std::chrono::milliseconds(300));
    f.controller->setEnglish(true);
    f.controller->setElderly(true);
    f.controller->cardRead(youngId(), QStringLiteral("孙七"));
    REQUIRE(f.controller->holdsPersonalData());
    KIOSK_WAIT(!f.controller->holdsPersonalData());
    CHECK(f.controller->screen() == Screen::Home);
    CHECK_FALSE(f.controller->english());
    CHECK_FALSE(f.controller->elderly());

    // A ticket on screen goes too.
    f.take(QStringLiteral("consult"));
    KIOSK_WAIT(f.controller->screen() == Screen::Home);
    CHECK(f.controller->ticket().isEmpty());

    // Activity keeps the citizen's screen.
    f.controller->chooseService(QStringLiteral("accept"));
    REQUIRE(f.controller->screen() == Screen::CardPrompt);
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(100);
        f.controller->touch();
    }
    CHECK(f.controller->screen() == Screen::CardPrompt);
}

TEST_CASE("service guides come from the hall file in both languages", "[kiosk][flow][guide]")
{
    KioskFixture f;
    f.controller->showGuides();
    CHECK(f.controller->screen() == Screen::Guides);
    f.controller->showGuide(QStringLiteral("accept"));
    REQUIRE(f.controller->screen() == Screen::Guide);
    QVariantMap guide = f.controller->guide();
    CHECK(guide.value(QStringLiteral("title")).toString() == QStringLiteral("综合受理（综合办事）"));
    const QStringList materials = guide.value(QStringLiteral("materials")).toStringList();
    REQUIRE(materials.size() == 3);
    CHECK(materials[0] == QStringLiteral("申请人有效身份证件原件"));
    CHECK(guide.value(QStringLiteral("url")).toString() ==
          f.server.httpUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/g/accept"));
    f.controller->setEnglish(true);
    guide = f.controller->guide();
    CHECK(guide.value(QStringLiteral("materials")).toStringList()[0] == QStringLiteral("The applicant's valid ID card (original)"));
    CHECK(guide.value(QStringLiteral("window")).toString() == QStringLiteral("Windows 1–3; green channel at window 5"));
    // From the guide straight to a number.
    f.controller->chooseService(QStringLiteral("accept"));
    CHECK(f.controller->screen() == Screen::CardPrompt);
}
