// The appointment messages (issue 7) as the kiosk sees them on the wire.

#include "protocol/Protocol.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTimeZone>

using namespace hallq::protocol;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST_CASE("appointment requests are for the issuers and need authentication", "[protocol][appointments]")
{
    for (const auto &name : {u"appointment.lookup"_s, u"appointment.checkin"_s}) {
        INFO(name.toStdString());
        const MessageSpec *spec = findRequest(name);
        REQUIRE(spec);
        CHECK(spec->allowed == (Role::Kiosk | Role::Guide | Role::Supervisor));
        CHECK(spec->requiresAuth);
        CHECK(authorize(*spec, Roles(Role::Counter))->code == ErrorCode::Forbidden);
        CHECK(authorize(*spec, Roles(Role::Display))->code == ErrorCode::Forbidden);
        CHECK_FALSE(authorize(*spec, Roles(Role::Kiosk)).has_value());
    }
}

TEST_CASE("check-in decodes a code or an identity", "[protocol][appointments]")
{
    const auto byCode = decode<AppointmentCheckinRequest>(object(R"({"code":"K7M2Q9TW"})"));
    REQUIRE(std::holds_alternative<AppointmentCheckinRequest>(byCode));
    CHECK(std::get<AppointmentCheckinRequest>(byCode).code == u"K7M2Q9TW"_s);
    CHECK_FALSE(std::get<AppointmentCheckinRequest>(byCode).normalIfLate);

    const auto byCard = decode<AppointmentCheckinRequest>(
        object(R"({"identity":{"idNumber":"11010519491231002X","name":"张三"},"serviceId":"accept","normalIfLate":true})"));
    REQUIRE(std::holds_alternative<AppointmentCheckinRequest>(byCard));
    const auto &r = std::get<AppointmentCheckinRequest>(byCard);
    CHECK(r.identity->name == u"张三"_s);
    CHECK(r.serviceId == u"accept"_s);
    CHECK(r.normalIfLate);
}

TEST_CASE("a wrong check digit in a check-in is invalid_identity", "[protocol][appointments]")
{
    const auto bad = decode<AppointmentCheckinRequest>(
        object(R"({"identity":{"idNumber":"110105194912310021","name":"张三"}})"));
    REQUIRE(std::holds_alternative<Error>(bad));
    CHECK(std::get<Error>(bad).code == ErrorCode::InvalidIdentity);
}

TEST_CASE("an appointment never carries a full ID number or an unknown state", "[protocol][appointments]")
{
    AppointmentInfo info;
    info.code = u"K7M2Q9TW"_s;
    info.slotStart = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());
    info.slotEnd = info.slotStart.addSecs(1800);
    info.checkInFrom = info.slotStart.addSecs(-1800);
    info.checkInUntil = info.slotStart.addSecs(900);
    info.identityMasked = u"11010519491231002X"_s; // a bug upstream: must be refused
    auto decoded = decode<AppointmentInfo>(encode(info));
    REQUIRE(std::holds_alternative<Error>(decoded));
    CHECK(std::get<Error>(decoded).code == ErrorCode::BadField);

    info.identityMasked = IdNumber::mask(u"11010519491231002X");
    info.state = u"lost"_s;
    decoded = decode<AppointmentInfo>(encode(info));
    REQUIRE(std::holds_alternative<Error>(decoded));
    CHECK(std::get<Error>(decoded).message.contains(u"state"_s));

    info.state = u"no_show"_s;
    decoded = decode<AppointmentInfo>(encode(info));
    REQUIRE(std::holds_alternative<AppointmentInfo>(decoded));
    CHECK(std::get<AppointmentInfo>(decoded) == info);
}

TEST_CASE("appointment error codes have stable wire names", "[protocol][appointments]")
{
    CHECK(toString(ErrorCode::AppointmentTooEarly) == u"appointment_too_early"_s);
    CHECK(errorCodeFromString(u"slot_full") == ErrorCode::SlotFull);
    CHECK(errorCodeFromString(u"cancel_too_late") == ErrorCode::CancelTooLate); // supervision codes follow it
}
