// The server's kiosk messages (kiosk.info, ticket.print), the guides in the
// hall file and their download page, against the real server.
#include "KioskFixture.h"

#include "config/HallConfigLoader.h"
#include "protocol/Protocol.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

using namespace hallq;
using namespace hallq::kiosk::test;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("HALLQ_SOURCE_DIR");
}

} // namespace

TEST_CASE("kiosk.info gives the kiosk policy and every service's guide", "[kiosk][server]")
{
    KioskFixture f;
    hallq::test::SessionDriver kiosk(f.server.wsUrl(), f.kioskToken);
    REQUIRE(kiosk.startAndWait());
    const auto info = kiosk.ok(protocol::KioskInfoRequest{});
    CHECK(info.idleTimeoutSeconds == 120);
    CHECK(info.elderlyAge == 60);
    CHECK(info.greenGroups.size() == 6);
    CHECK(info.outsideMessage.startsWith(QStringLiteral("现在是非办公时间")));
    REQUIRE(info.services.size() == 8);
    for (const auto &s : info.services) {
        INFO(s.serviceId.toStdString());
        REQUIRE(s.guide.has_value());
        CHECK_FALSE(s.guide->materials.isEmpty());
        CHECK(s.guide->materials.size() == s.guide->materialsEn.size());
        CHECK_FALSE(s.guide->window.isEmpty());
    }
    CHECK(info.services[1].serviceId == QStringLiteral("accept"));
    CHECK(info.services[1].realNameLimit == 2);
    CHECK(info.services[1].issueOutsideHours); // the test hall issues at any hour
}

TEST_CASE("ticket.print checks what it records", "[kiosk][server][print]")
{
    KioskFixture f;
    hallq::test::SessionDriver kiosk(f.server.wsUrl(), f.kioskToken);
    REQUIRE(kiosk.startAndWait());
    const auto issued = kiosk.ok(protocol::TicketIssueRequest{QStringLiteral("consult"), QStringLiteral("normal"),
                                                              std::nullopt, std::nullopt});
    const qint64 id = issued.ticket.id;
    CHECK(kiosk.errorOf(protocol::TicketPrintRequest{id + 1000, QStringLiteral("printed"), {}}) ==
          QStringLiteral("unknown_ticket"));
    CHECK(kiosk.errorOf(protocol::TicketPrintRequest{id, QStringLiteral("printed"), QStringLiteral("paper_out")}) ==
          QStringLiteral("invalid_argument"));
    CHECK(kiosk.errorOf(protocol::TicketPrintRequest{id, QStringLiteral("on_screen"), {}}) ==
          QStringLiteral("invalid_argument"));
    CHECK(f.journal(id).size() == 1); // refused requests change nothing

    auto counter = f.staff(QStringLiteral("c1"));
    CHECK(counter->errorOf(protocol::TicketPrintRequest{id, QStringLiteral("printed"), {}}) == QStringLiteral("forbidden"));

    const auto reply = kiosk.ok(protocol::TicketPrintRequest{id, QStringLiteral("on_screen"), QStringLiteral("printer_offline")});
    CHECK(reply.number == issued.ticket.number);
    CHECK(reply.outcome == QStringLiteral("on_screen"));
    const auto journal = f.journal(id);
    REQUIRE(journal.size() == 2);
    CHECK(journal[1].first == QStringLiteral("shown_on_screen"));
    CHECK(journal[1].second.value(QStringLiteral("reason")).toString() == QStringLiteral("printer_offline"));

    // The record survives a restart, and the ticket is unchanged by it.
    f.server.setPort(f.server.port());
    REQUIRE(f.server.stop());
    REQUIRE(f.server.start());
    CHECK(f.journal(id).size() == 2);
    auto sup = f.staff(QStringLiteral("sup"));
    const auto ticket = sup->ok(protocol::TicketGetRequest{{id}});
    CHECK(ticket.ticket.state == QStringLiteral("waiting"));
}

TEST_CASE("each service guide can be downloaded from the server", "[kiosk][server][guide]")
{
    KioskFixture f;
    QNetworkAccessManager http;
    const auto get = [&](const QString &path) {
        std::unique_ptr<QNetworkReply> reply(http.get(QNetworkRequest(f.server.httpUrl(path))));
        KIOSK_WAIT(reply->isFinished());
        return std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         QString::fromUtf8(reply->readAll())};
    };
    const auto [status, page] = get(QStringLiteral("/g/accept"));
    CHECK(status == 200);
    CHECK(page.contains(QStringLiteral("综合受理（综合办事） 办事指南")));
    CHECK(page.contains(QStringLiteral("申请人有效身份证件原件")));
    CHECK(page.contains(QStringLiteral("1–3 号综合受理窗口")));
    CHECK(get(QStringLiteral("/g/nothing")).first == 404);
}

TEST_CASE("guides in a hall file are checked", "[kiosk][config][guide]")
{
    QTemporaryDir dir;
    QFile in(sourceDir() + QStringLiteral("/resources/halls/chaling.json"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QJsonObject hall = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject calendar = hall.value(QStringLiteral("calendar")).toObject();
    calendar.insert(QStringLiteral("files"),
                    QJsonArray{sourceDir() + QStringLiteral("/resources/calendars/cn-2026.json")});
    hall.insert(QStringLiteral("calendar"), calendar);
    QJsonArray guides = hall.value(QStringLiteral("guides")).toArray();
    REQUIRE(guides.size() == 8);
    QJsonObject unknown = guides[0].toObject();
    unknown.insert(QStringLiteral("service"), QStringLiteral("nothing"));
    QJsonObject mismatched = guides[1].toObject();
    mismatched.insert(QStringLiteral("materialsEn"), QJsonArray{QStringLiteral("only one")});
    mismatched.insert(QStringLiteral("url"), QStringLiteral("ftp://example.org/x"));
    QJsonObject duplicate = guides[2].toObject();
    duplicate.insert(QStringLiteral("service"), guides[3].toObject().value(QStringLiteral("service")));
    duplicate.remove(QStringLiteral("fees"));
    guides[0] = unknown;
    guides[1] = mismatched;
    guides[2] = duplicate;
    hall.insert(QStringLiteral("guides"), guides);
    const QString path = dir.filePath(QStringLiteral("hall.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(hall).toJson());
    out.close();

    const auto result = config::HallConfigLoader::load(path);
    REQUIRE(std::holds_alternative<config::ConfigErrors>(result));
    const QString errors = std::get<config::ConfigErrors>(result).toString();
    INFO(errors.toStdString());
    CHECK(errors.contains(QStringLiteral("guides[service nothing].service: \"nothing\" is not a service")));
    CHECK(errors.contains(QStringLiteral("guides[service accept].materialsEn: has 1 items but materials has 3")));
    CHECK(errors.contains(QStringLiteral("guides[service accept].url")));
    CHECK(errors.contains(QStringLiteral("already has a guide")));
    CHECK(errors.contains(QStringLiteral(".fees")));

    // The shipped file is clean.
    CHECK(std::holds_alternative<config::LoadedHall>(
        config::HallConfigLoader::load(sourceDir() + QStringLiteral("/resources/halls/chaling.json"))));
}
