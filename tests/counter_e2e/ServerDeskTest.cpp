// The server side of the counter: attendance rows, ratings (one per ticket,
// only when asked, stored with ticket/window/staff/service), today's figures,
// the counter's lists and a ticket's history, over the real server.
#include "integration/HallFixture.h"
#include "integration/Requests.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

// Rows of a query against the server's database (read after the server stopped).
QList<QVariantList> rowsOf(const QString &database, const QString &sql)
{
    QList<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"counter-test-read"_s);
        db.setDatabaseName(database);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            rows << row;
        }
    }
    QSqlDatabase::removeDatabase(u"counter-test-read"_s);
    return rows;
}

// Issues one ticket and takes it through call, serve and finish at `window`.
protocol::TicketInfo serveOne(SessionDriver &kiosk, SessionDriver &counter, int window, const QString &service = u"consult"_s)
{
    const auto issued = kiosk.ok(issueOf(service));
    const auto called = counter.ok(at<protocol::CallTicketRequest>(window, issued.ticket.id));
    counter.ok(at<protocol::ServeStartRequest>(window));
    protocol::ServeFinishRequest finish;
    finish.window = window;
    finish.caseType = u"promised"_s;
    return counter.ok(finish).ticket;
}

protocol::RatingSubmitRequest rating(int window, qint64 ticketId, int level, QStringList reasons = {})
{
    protocol::RatingSubmitRequest r;
    r.window = window;
    r.ticketId = ticketId;
    r.level = level;
    r.reasons = std::move(reasons);
    return r;
}

} // namespace

TEST_CASE("attendance rows follow window open and close and a second window is refused", "[counter][server]")
{
    HallFixture hall;
    auto c1 = hall.staff(u"c1"_s);
    c1->ok(at<protocol::WindowOpenRequest>(1));
    // The same staff member cannot hold a second window.
    auto elsewhere = hall.staff(u"c1"_s);
    CHECK(elsewhere->errorOf(at<protocol::WindowOpenRequest>(2)) == u"staff_already_open"_s);
    // Logging in again at the same window (a restarted counter) is no new stint.
    CHECK(elsewhere->ok(at<protocol::WindowOpenRequest>(1)).window.staffId == u"c1"_s);
    c1->ok(at<protocol::WindowCloseRequest>(1));
    c1->ok(at<protocol::WindowOpenRequest>(2));
    auto c2 = hall.staff(u"c2"_s);
    c2->ok(at<protocol::WindowOpenRequest>(1));
    REQUIRE(hall.server.stop());

    const auto rows = rowsOf(hall.server.databasePath(),
                             u"SELECT staff_id, window_no, login_at, logout_at, logout_by FROM attendance ORDER BY opened_event"_s);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][0].toString() == u"c1"_s);
    CHECK(rows[0][1].toInt() == 1);
    CHECK_FALSE(rows[0][3].isNull());
    CHECK(rows[0][3].toLongLong() >= rows[0][2].toLongLong());
    CHECK(rows[0][4].toString() == u"c1"_s);
    CHECK(rows[1][0].toString() == u"c1"_s);
    CHECK(rows[1][1].toInt() == 2);
    CHECK(rows[1][3].isNull()); // still logged in
    CHECK(rows[2][0].toString() == u"c2"_s);
    CHECK(rows[2][1].toInt() == 1);
}

TEST_CASE("a rating is taken only when asked and only once per ticket", "[counter][server]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    auto c1 = hall.staff(u"c1"_s);
    c1->ok(at<protocol::WindowOpenRequest>(3));
    const auto served = serveOne(*kiosk, *c1, 3);

    // A pad on its own screen: a display device subscribed to window 3.
    SessionDriver pad(hall.server.wsUrl(), hall.displayToken);
    pad.session->setSubscription(u"window"_s, 3);
    QList<protocol::RatingInvitation> invitations;
    QObject::connect(pad.session.get(), &client::HallSession::eventReceived, [&](const protocol::Envelope &e) {
        if (e.type == u"event.rating_invite"_s) {
            const auto decoded = protocol::decode<protocol::RatingInviteEvent>(e.body, protocol::Limits::forServerMessages());
            if (const auto *event = std::get_if<protocol::RatingInviteEvent>(&decoded))
                invitations << event->invitation;
        }
    });
    REQUIRE(pad.startAndWait());

    // Not asked yet: refused, nothing stored.
    CHECK(pad.errorOf(rating(3, served.id, 5)) == u"wrong_state"_s);
    // Only the window's own staff may ask.
    auto c2 = hall.staff(u"c2"_s);
    CHECK(c2->errorOf(at<protocol::RatingInviteRequest>(3, served.id)) == u"forbidden"_s);
    const auto invited = c1->ok(at<protocol::RatingInviteRequest>(3, served.id));
    CHECK(invited.invitation.ticketNumber == served.number);
    CHECK(invited.invitation.staffName == u"王小明"_s);
    REQUIRE(QTest::qWaitFor([&] { return !invitations.isEmpty(); }, 5000));
    CHECK(invitations.first().ticketId == served.id);

    // Reasons belong to 差评 only.
    CHECK(pad.errorOf(rating(3, served.id, 4, {u"slow"_s})) == u"invalid_argument"_s);
    CHECK(pad.errorOf(rating(3, served.id, 6)) == u"bad_field"_s);
    auto bad = rating(3, served.id, 2, {u"slow"_s, u"unclear"_s});
    bad.comment = u"等了很久"_s;
    const auto stored = pad.ok(bad);
    CHECK(stored.rating.level == 2);
    CHECK(stored.rating.staffId == u"c1"_s);
    CHECK(stored.rating.serviceId == u"consult"_s);
    CHECK(stored.rating.comment == u"等了很久"_s);
    CHECK(pad.errorOf(rating(3, served.id, 5)) == u"already_rated"_s);
    CHECK(c1->errorOf(at<protocol::RatingInviteRequest>(3, served.id)) == u"already_rated"_s);

    const auto figures = c1->ok(at<protocol::WindowFiguresRequest>(3)).figures;
    CHECK(figures.served == 1);
    CHECK(figures.ratings == 1);
    CHECK(figures.badRatings == 1);
    CHECK(figures.ratingsByLevel == QList<int>{0, 1, 0, 0, 0});
    CHECK(figures.averageHandlingSeconds >= 0);
    CHECK(c2->errorOf(at<protocol::WindowFiguresRequest>(3)) == u"forbidden"_s);

    // One per ticket survives a restart.
    REQUIRE(hall.server.stop());
    hall.start();
    auto again = hall.staff(u"c1"_s);
    CHECK(again->errorOf(at<protocol::RatingInviteRequest>(3, served.id)) == u"already_rated"_s);
    CHECK(again->ok(at<protocol::WindowFiguresRequest>(3)).figures.ratings == 1);
    REQUIRE(hall.server.stop());
    const auto rows = rowsOf(hall.server.databasePath(),
                             u"SELECT ticket_id, window_no, staff_id, service_id, level, reasons, comment FROM ratings"_s);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][0].toLongLong() == served.id);
    CHECK(rows[0][1].toInt() == 3);
    CHECK(rows[0][2].toString() == u"c1"_s);
    CHECK(rows[0][3].toString() == u"consult"_s);
    CHECK(rows[0][4].toInt() == 2);
    CHECK(rows[0][5].toString() == u"slow,unclear"_s);
}

TEST_CASE("staff see the masked name and ID of a real-name ticket and boards see neither", "[counter][server]")
{
    HallFixture hall;
    auto desk = hall.staff(u"sup"_s);
    auto c1 = hall.staff(u"c1"_s);
    QList<protocol::TicketEvent> seen;
    QObject::connect(c1->session.get(), &client::HallSession::ticketEvent,
                     [&](const protocol::TicketEvent &e, client::EventOrigin) { seen << e; });
    auto request = issueOf(u"accept"_s);
    request.identity = protocol::IdentityInput{u"11010519491231002X"_s, u"欧阳娜娜"_s};
    const auto issued = desk->ok(request).ticket;
    CHECK(issued.nameMasked == u"欧***"_s);
    CHECK(issued.identityMasked == u"110105********002X"_s);
    c1->ok(at<protocol::WindowOpenRequest>(3));
    const auto called = c1->ok(at<protocol::CallTicketRequest>(3, issued.id)).ticket;
    CHECK(called.nameMasked == u"欧***"_s);
    REQUIRE(QTest::qWaitFor([&] { return seen.size() >= 2; }, 5000));
    for (const auto &e : seen) {
        CHECK_FALSE(e.ticket.nameMasked.has_value());
        CHECK_FALSE(e.ticket.identityMasked.has_value());
    }
    // A full name where a masked one belongs is refused by the codec.
    QJsonObject body = protocol::encode(called);
    body.insert(u"nameMasked"_s, u"欧阳娜娜"_s);
    CHECK(std::holds_alternative<protocol::Error>(protocol::decode<protocol::TicketInfo>(body, protocol::Limits{})));
}

TEST_CASE("a ticket not served at the window cannot be rated there", "[counter][server]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    auto c1 = hall.staff(u"c1"_s);
    c1->ok(at<protocol::WindowOpenRequest>(3));
    const auto waiting = kiosk->ok(issueOf(u"consult"_s)).ticket;
    CHECK(c1->errorOf(at<protocol::RatingInviteRequest>(3, waiting.id)) == u"wrong_state"_s);
    CHECK(c1->errorOf(at<protocol::RatingInviteRequest>(3, 999999)) == u"unknown_ticket"_s);
    CHECK(c1->errorOf(at<protocol::RatingInviteRequest>(4, waiting.id)) == u"window_not_open"_s);
}

TEST_CASE("window tickets lists waiting parked and no-show tickets and history shows transfers", "[counter][server]")
{
    HallFixture hall;
    auto kiosk = hall.kiosk();
    auto c1 = hall.staff(u"c1"_s);
    c1->ok(at<protocol::WindowOpenRequest>(3));
    const auto a = kiosk->ok(issueOf(u"consult"_s)).ticket;
    const auto b = kiosk->ok(issueOf(u"consult"_s)).ticket;
    const auto c = kiosk->ok(issueOf(u"consult"_s)).ticket;

    c1->ok(at<protocol::CallTicketRequest>(3, a.id));
    c1->ok(at<protocol::ServeStartRequest>(3));
    c1->ok(at<protocol::TicketParkRequest>(3));
    c1->ok(at<protocol::CallTicketRequest>(3, b.id));
    c1->ok(at<protocol::TicketNoShowRequest>(3));

    const auto lists = c1->ok(at<protocol::WindowTicketsRequest>(3));
    REQUIRE(lists.waiting.size() == 1);
    CHECK(lists.waiting[0].id == c.id);
    REQUIRE(lists.parked.size() == 1);
    CHECK(lists.parked[0].id == a.id);
    REQUIRE(lists.noShows.size() == 1);
    CHECK(lists.noShows[0].id == b.id);

    c1->ok(at<protocol::CallTicketRequest>(3, c.id));
    protocol::TicketTransferRequest transfer;
    transfer.window = 3;
    transfer.toService = u"crossregion"_s;
    transfer.placement = u"front"_s;
    transfer.note = u"需跨域办理"_s;
    c1->ok(transfer);
    const auto history = c1->ok(ticketRef<protocol::TicketHistoryRequest>(c.id));
    REQUIRE(history.entries.size() == 3);
    CHECK(history.entries[0].change == u"issued"_s);
    CHECK(history.entries[1].change == u"called"_s);
    CHECK(history.entries[2].change == u"transferred"_s);
    CHECK(history.entries[2].fromService == u"consult"_s);
    CHECK(history.entries[2].toService == u"crossregion"_s);
    CHECK(history.entries[2].placement == u"front"_s);
    CHECK(history.entries[2].note == u"需跨域办理"_s);
    CHECK(c1->errorOf(ticketRef<protocol::TicketHistoryRequest>(999999)) == u"unknown_ticket"_s);
}
