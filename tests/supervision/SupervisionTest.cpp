// Red/yellow alerts, device reports and the supervisor's statistics against
// the real server: raised by the server, seen by every supervisor, acknowledged
// once, kept across restarts.
#include "integration/HallFixture.h"
#include "integration/Requests.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace hallq;
using namespace hallq::test;
using namespace Qt::StringLiterals;

namespace {

// The alert monitor looks every second in these tests.
void fastAlerts(HallFixture &hall)
{
    hall.server.writeHall([](QJsonObject &h) {
        QJsonObject alerts = h.value(u"alerts"_s).toObject();
        alerts.insert(u"checkSeconds"_s, 1);
        h.insert(u"alerts"_s, alerts);
    });
}

protocol::DeviceStatusRequest deviceStatus(const QString &printer, const QString &reader)
{
    protocol::DeviceStatusRequest r;
    r.printer = printer;
    r.reader = reader;
    return r;
}

QList<protocol::AlertInfo> alerts(SessionDriver &supervisor, bool activeOnly)
{
    protocol::AlertListRequest r;
    r.activeOnly = activeOnly;
    return supervisor.ok(r).alerts;
}

std::optional<protocol::AlertInfo> findAlert(const QList<protocol::AlertInfo> &list, const QString &kind,
                                             const QString &level)
{
    for (const auto &a : list)
        if (a.kind == kind && a.level == level)
            return a;
    return std::nullopt;
}

// Moves time back in the stopped server's database: the hall as it would be
// after `minutes` of waiting, without the test waiting that long.
void ageDatabase(const QString &path, const QString &sql, int minutes)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(sql));
        q.bindValue(u":ms"_s, qint64(minutes) * 60 * 1000);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() > 0);
    }
    QSqlDatabase::removeDatabase(u"age"_s);
}

} // namespace

TEST_CASE("a kiosk's printer out of paper raises a red alert every supervisor sees", "[supervision]")
{
    HallFixture hall(false);
    fastAlerts(hall);
    hall.start();
    auto supervisor = hall.staff(u"sup"_s);
    QSignalSpy events(supervisor->session.get(), &client::HallSession::eventReceived);
    auto kiosk = hall.kiosk();

    const auto reply = kiosk->ok(deviceStatus(u"paper_out"_s, u"ok"_s));
    CHECK(reply.deviceId == u"kiosk-1"_s);
    CHECK(reply.printer == u"paper_out"_s);

    const auto open = alerts(*supervisor, true);
    const auto printer = findAlert(open, u"printer"_s, u"red"_s);
    REQUIRE(printer);
    CHECK(printer->deviceId == u"kiosk-1"_s);
    CHECK(printer->message.contains(u"缺纸"_s));
    CHECK_FALSE(findAlert(open, u"reader"_s, u"yellow"_s));
    // Pushed as an event, too.
    REQUIRE(QTest::qWaitFor([&] {
        for (const auto &args : events)
            if (args.at(0).value<protocol::Envelope>().type == u"event.alert"_s)
                return true;
        return false;
    }, 5000));

    // Acknowledged once: the first supervisor's acknowledgement stands.
    protocol::AlertAckRequest ack;
    ack.alertId = printer->id;
    ack.note = u"已通知后勤换纸"_s;
    const auto acked = supervisor->ok(ack).alert;
    REQUIRE(acked.acknowledgedAt.has_value());
    CHECK(acked.acknowledgedBy == u"sup"_s);
    ack.note = u"second"_s;
    CHECK(supervisor->ok(ack).alert.ackNote == u"已通知后勤换纸"_s);

    // Paper back: resolved, and kept in the history.
    kiosk->ok(deviceStatus(u"ok"_s, u"disconnected"_s));
    const auto after = alerts(*supervisor, true);
    CHECK_FALSE(findAlert(after, u"printer"_s, u"red"_s));
    CHECK(findAlert(after, u"reader"_s, u"yellow"_s));
    const auto history = alerts(*supervisor, false);
    const auto old = findAlert(history, u"printer"_s, u"red"_s);
    REQUIRE(old);
    CHECK(old->resolvedAt.has_value());
    CHECK(old->acknowledgedBy == u"sup"_s);

    // The history survives a restart.
    REQUIRE(hall.server.stop());
    hall.start();
    auto again = hall.staff(u"sup"_s);
    const auto kept = findAlert(alerts(*again, false), u"printer"_s, u"red"_s);
    REQUIRE(kept);
    CHECK(kept->id == printer->id);
    CHECK(kept->ackNote == u"已通知后勤换纸"_s);
}

TEST_CASE("supervision requests refuse the wrong roles and unknown alerts", "[supervision]")
{
    HallFixture hall;
    auto supervisor = hall.staff(u"sup"_s);
    auto counter = hall.staff(u"c1"_s);
    auto board = hall.display();
    protocol::AlertAckRequest ack;
    ack.alertId = 999;
    CHECK(supervisor->errorOf(ack) == u"unknown_alert"_s);
    CHECK(counter->errorOf(protocol::AlertListRequest{}) == u"forbidden"_s);
    CHECK(board->errorOf(deviceStatus(u"ok"_s, u"ok"_s)) == u"forbidden"_s);
    protocol::StatsGetRequest stats;
    stats.serviceId = u"nope"_s;
    CHECK(supervisor->errorOf(stats) == u"unknown_service"_s);
}

TEST_CASE("a long wait and an idle window raise alerts and show in the statistics", "[supervision]")
{
    HallFixture hall(false);
    fastAlerts(hall);
    hall.start();
    {
        auto kiosk = hall.kiosk();
        for (int i = 0; i < 3; ++i)
            kiosk->ok(issueOf(u"consult"_s));
        auto counter = hall.staff(u"c1"_s);
        counter->ok(at<protocol::WindowOpenRequest>(1));
        auto supervisor = hall.staff(u"sup"_s);
        CHECK(alerts(*supervisor, true).isEmpty());
    }
    REQUIRE(hall.server.stop());
    // 45 minutes of waiting (yellow at 30) and a window idle for 20 minutes (red at 15).
    ageDatabase(hall.server.databasePath(), u"UPDATE tickets SET issued_at = issued_at - :ms"_s, 45);
    ageDatabase(hall.server.databasePath(), u"UPDATE windows SET since = since - :ms WHERE number = 1"_s, 20);
    hall.server.setPort(hall.server.port());
    hall.start();

    auto supervisor = hall.staff(u"sup"_s);
    const auto open = alerts(*supervisor, true);
    const auto wait = findAlert(open, u"wait"_s, u"yellow"_s);
    REQUIRE(wait);
    CHECK(wait->serviceId == u"consult"_s);
    CHECK(wait->message.contains(u"3 人"_s));
    const auto idle = findAlert(open, u"window_idle"_s, u"red"_s);
    REQUIRE(idle);
    CHECK(idle->window == 1);

    protocol::StatsGetRequest request;
    request.serviceId = u"consult"_s;
    request.intervalMinutes = 5;
    const auto stats = supervisor->ok(request);
    REQUIRE(stats.services.size() == 1);
    const auto &consult = stats.services.first();
    CHECK(consult.waiting == 3);
    CHECK(consult.longestWaitSeconds >= 45 * 60);
    CHECK(consult.longestWaitTicket == u"A001"_s);
    CHECK(consult.averageWaitSeconds == -1);
    REQUIRE(consult.series.size() >= 9); // 45 minutes in 5-minute steps
    CHECK(consult.series.first().waiting == 0);
    CHECK(consult.series.last().waiting == 3);

    // The window calls: the idle alert is over, and the called ticket's wait counts in the average.
    auto counter = hall.staff(u"c1"_s);
    counter->ok(at<protocol::CallNextRequest>(1));
    REQUIRE(QTest::qWaitFor([&] { return !findAlert(alerts(*supervisor, true), u"window_idle"_s, u"red"_s); }, 5000));
    const auto later = supervisor->ok(request).services.first();
    CHECK(later.waiting == 2);
    CHECK(later.calledToday == 1);
    CHECK(later.averageWaitSeconds >= 45 * 60);
}
