#pragma once

// Appointments (预约) on the WebSocket protocol: the kiosk (or the guide desk)
// looks a booking up and checks it in, which turns it into an appointment-class
// ticket. Booking and cancelling are for outside systems over the HTTP API
// (docs/api.md); only check-in and look-up travel here. The rows are spliced
// into HALLQ_REQUESTS (MessageTable.h) by HALLQ_APPOINTMENT_REQUESTS.

#include "protocol/Shapes.h"

namespace hallq::protocol {

namespace wire {
// booked → checked_in | late (came after the window, took a normal ticket) |
// cancelled | no_show (recorded once the late window of its slot has passed).
inline constexpr std::array<std::string_view, 5> kAppointmentStates{"booked", "checked_in", "late", "cancelled",
                                                                    "no_show"};
} // namespace wire

// One booking as the kiosk shows it. Never the full ID or phone number.
struct AppointmentInfo
{
    QString code;        // the booking code the citizen was given, e.g. "K7M2Q9"
    QString serviceId;
    QString serviceName;
    QString day;         // business day, "2026-03-02"
    QDateTime slotStart; // UTC
    QDateTime slotEnd;   // UTC, exclusive
    QString state = QStringLiteral("booked"); // wire::kAppointmentStates
    std::optional<QString> identityMasked;    // 430224********1234
    QString nameMasked;                       // 张*: the surname only
    QString phoneMasked;                      // 138****5678, empty when none was given
    QDateTime checkInFrom;                    // the check-in window, UTC
    QDateTime checkInUntil;
    qint64 ticketId = 0;                      // once checked in
    QString ticketNumber;

    bool operator==(const AppointmentInfo &) const = default;
    static constexpr auto fields()
    {
        using S = AppointmentInfo;
        return std::tuple{field("code", &S::code), field("serviceId", &S::serviceId),
                          field("serviceName", &S::serviceName), field("day", &S::day),
                          field("slotStart", &S::slotStart), field("slotEnd", &S::slotEnd),
                          field("state", &S::state, {.oneOf = wire::kAppointmentStates}),
                          field("identityMasked", &S::identityMasked, {.validate = &IdNumber::isMasked}),
                          field("nameMasked", &S::nameMasked, kOptional),
                          field("phoneMasked", &S::phoneMasked, kOptional), field("checkInFrom", &S::checkInFrom),
                          field("checkInUntil", &S::checkInUntil),
                          field("ticketId", &S::ticketId, {.required = false, .min = 0}),
                          field("ticketNumber", &S::ticketNumber, kOptional)};
    }
};

// Finds a booking by its code, or by the identity read from the ID card (then
// optionally narrowed to one service). Exactly one of code / identity.
struct AppointmentFind
{
    std::optional<QString> code;
    std::optional<IdentityInput> identity;
    std::optional<QString> serviceId;

    bool operator==(const AppointmentFind &) const = default;
};

struct AppointmentLookupRequest : AppointmentFind
{
    bool operator==(const AppointmentLookupRequest &) const = default;
    static constexpr auto fields()
    {
        using S = AppointmentLookupRequest;
        return std::tuple{field("code", &S::code), field("identity", &S::identity),
                          field("serviceId", &S::serviceId)};
    }
};

struct AppointmentCheckinRequest : AppointmentFind
{
    // Too late and the hall allows it (appointments.lateArrival = "normal_ticket"):
    // issue a normal ticket instead of refusing. The kiosk asks the citizen first.
    bool normalIfLate = false;

    bool operator==(const AppointmentCheckinRequest &) const = default;
    static constexpr auto fields()
    {
        using S = AppointmentCheckinRequest;
        return std::tuple{field("code", &S::code), field("identity", &S::identity),
                          field("serviceId", &S::serviceId),
                          field("normalIfLate", &S::normalIfLate, kOptional)};
    }
};

struct AppointmentListReply
{
    QList<AppointmentInfo> appointments; // by slot start

    bool operator==(const AppointmentListReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("appointments", &AppointmentListReply::appointments)}; }
};

// What check-in hands back: the ticket as ticket.issue would, plus the booking.
struct AppointmentCheckinReply
{
    TicketInfo ticket;
    QString statusToken;
    QString statusUrlPath;
    AppointmentInfo appointment;

    bool operator==(const AppointmentCheckinReply &) const = default;
    static constexpr auto fields()
    {
        using S = AppointmentCheckinReply;
        return std::tuple{field("ticket", &S::ticket),
                          field("statusToken", &S::statusToken, {.length = StringLimit::Token}),
                          field("statusUrlPath", &S::statusUrlPath), field("appointment", &S::appointment)};
    }
};

} // namespace hallq::protocol

// X(Name, "wire.name", RequestStruct, ReplyStruct, allowed roles, requires authentication)
// (the role sets are MessageTable.h's).
#define HALLQ_APPOINTMENT_REQUESTS(X)                                                                      \
    X(AppointmentLookup, "appointment.lookup", AppointmentLookupRequest, AppointmentListReply, kIssuers, true) \
    X(AppointmentCheckin, "appointment.checkin", AppointmentCheckinRequest, AppointmentCheckinReply, kIssuers, true)
