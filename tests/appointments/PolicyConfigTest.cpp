// The hall file's `appointments` section: the shipped hall reads, and every
// mistake is reported with its path.

#include "config/HallConfigLoader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hallq;
using namespace Qt::StringLiterals;

namespace {

QString hallDir()
{
    return qEnvironmentVariable("HALLQ_SOURCE_DIR") + u"/resources/halls"_s;
}

QJsonObject shippedHall()
{
    QFile file(hallDir() + u"/chaling.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The problems of the shipped hall with its appointments section replaced.
QString problems(const QJsonObject &appointments)
{
    QJsonObject hall = shippedHall();
    hall.insert(u"appointments"_s, appointments);
    const auto result = config::HallConfigLoader::loadFromJson(QJsonDocument(hall).toJson(), u"hall.json"_s, hallDir());
    if (const auto *errors = std::get_if<config::ConfigErrors>(&result))
        return errors->toString();
    return {};
}

} // namespace

TEST_CASE("the shipped hall's appointment rules load", "[appointments][config]")
{
    const auto result = config::HallConfigLoader::load(hallDir() + u"/chaling.json"_s);
    REQUIRE(std::holds_alternative<config::LoadedHall>(result));
    const auto &p = std::get<config::LoadedHall>(result).extras.appointments;
    CHECK(p.slotMinutes == 30);
    CHECK(p.slotMinutesFor(u"enterprise"_s) == 60);
    CHECK(p.capacityFor(u"enterprise"_s) == 2);
    CHECK(p.capacityFor(u"accept"_s) == 4);
    CHECK(p.lateNormalTicket);
    REQUIRE(p.holidaySessions.size() == 2);
    CHECK(p.holidaySessions[1].date == QDate(2026, 10, 3));
    CHECK(p.holidaySessions[1].services == QStringList{u"accept"_s, u"enterprise"_s});
}

TEST_CASE("a hall without the section gets the defaults", "[appointments][config]")
{
    QJsonObject hall = shippedHall();
    hall.remove(u"appointments"_s);
    const auto result = config::HallConfigLoader::loadFromJson(QJsonDocument(hall).toJson(), u"hall.json"_s, hallDir());
    REQUIRE(std::holds_alternative<config::LoadedHall>(result));
    CHECK(std::get<config::LoadedHall>(result).extras.appointments.capacity == config::AppointmentPolicy{}.capacity);
}

TEST_CASE("mistakes in the appointments section are reported with their path", "[appointments][config]")
{
    CHECK(problems({{u"slotMinutes"_s, 2}}).contains(u"appointments.slotMinutes"_s));
    CHECK(problems({{u"capacity"_s, 0}}).contains(u"appointments.capacity"_s));
    CHECK(problems({{u"lateArrival"_s, u"maybe"_s}}).contains(u"must be normal_ticket or refuse"_s));
    CHECK(problems({{u"noShow"_s, QJsonObject{{u"limit"_s, 0}}}}).contains(u"appointments.noShow.limit"_s));
    CHECK(problems({{u"noShow"_s, QJsonObject{{u"often"_s, 1}}}}).contains(u"appointments.noShow.often"_s));
    CHECK(problems({{u"spelling"_s, 1}}).contains(u"appointments.spelling"_s));
    CHECK(problems({{u"services"_s, QJsonObject{{u"nosuch"_s, QJsonObject{}}}}}).contains(u"there is no service \"nosuch\""_s));
    CHECK(problems({{u"services"_s, QJsonObject{{u"consult"_s, QJsonObject{{u"capacity"_s, 3}}}}}})
              .contains(u"does not take appointments"_s));
    const auto session = [](const QString &date, const QString &service) {
        return QJsonObject{{u"holidaySessions"_s,
                            QJsonArray{QJsonObject{{u"date"_s, date},
                                                   {u"hours"_s, QJsonArray{u"09:00-11:00"_s}},
                                                   {u"services"_s, QJsonArray{service}}}}}};
    };
    CHECK(problems(session(u"2026-10-02"_s, u"accept"_s)).isEmpty());
    CHECK(problems(session(u"2026-03-02"_s, u"accept"_s)).contains(u"is a working day"_s));   // a Monday
    CHECK(problems(session(u"2026-02-14"_s, u"accept"_s)).contains(u"is a working day"_s));   // 调休 Saturday
    CHECK(problems(session(u"2026-10-02"_s, u"consult"_s)).contains(u"does not take appointments"_s));
    CHECK(problems(session(u"2026-13-01"_s, u"accept"_s)).contains(u"not a date"_s));
}
