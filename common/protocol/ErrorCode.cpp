#include "protocol/ErrorCode.h"

#include "protocol/NameTable.h"

namespace hallq::protocol {
namespace {

using namespace Qt::StringLiterals;

constexpr detail::NameTable<ErrorCode, 45> kNames{{{
    {ErrorCode::Malformed, "malformed"_L1},
    {ErrorCode::TooLarge, "too_large"_L1},
    {ErrorCode::TooDeep, "too_deep"_L1},
    {ErrorCode::UnknownType, "unknown_type"_L1},
    {ErrorCode::BadField, "bad_field"_L1},
    {ErrorCode::VersionMismatch, "version_mismatch"_L1},
    {ErrorCode::NotAuthenticated, "not_authenticated"_L1},
    {ErrorCode::Forbidden, "forbidden"_L1},
    {ErrorCode::AuthFailed, "auth_failed"_L1},
    {ErrorCode::AuthThrottled, "auth_throttled"_L1},
    {ErrorCode::AlreadyAuthenticated, "already_authenticated"_L1},
    {ErrorCode::RateLimited, "rate_limited"_L1},
    {ErrorCode::Internal, "internal"_L1},
    {ErrorCode::Unavailable, "unavailable"_L1},
    {ErrorCode::ResumeUnavailable, "resume_unavailable"_L1},
    {ErrorCode::InvalidIdentity, "invalid_identity"_L1},
    {ErrorCode::InvalidArgument, "invalid_argument"_L1},
    {ErrorCode::UnknownService, "unknown_service"_L1},
    {ErrorCode::UnknownTicket, "unknown_ticket"_L1},
    {ErrorCode::UnknownWindow, "unknown_window"_L1},
    {ErrorCode::WrongState, "wrong_state"_L1},
    {ErrorCode::WindowNotOpen, "window_not_open"_L1},
    {ErrorCode::WindowBusy, "window_busy"_L1},
    {ErrorCode::WindowPaused, "window_paused"_L1},
    {ErrorCode::WindowIdle, "window_idle"_L1},
    {ErrorCode::NotServedHere, "not_served_here"_L1},
    {ErrorCode::NothingWaiting, "nothing_waiting"_L1},
    {ErrorCode::SoldOut, "sold_out"_L1},
    {ErrorCode::OutsideHours, "outside_hours"_L1},
    {ErrorCode::RealNameRequired, "real_name_required"_L1},
    {ErrorCode::RealNameLimit, "real_name_limit"_L1},
    {ErrorCode::StaffAlreadyOpen, "staff_already_open"_L1},
    {ErrorCode::ClassNotAccepted, "class_not_accepted"_L1},
    {ErrorCode::AppointmentNotFound, "appointment_not_found"_L1},
    {ErrorCode::AppointmentTooEarly, "appointment_too_early"_L1},
    {ErrorCode::AppointmentTooLate, "appointment_too_late"_L1},
    {ErrorCode::AppointmentCheckedIn, "appointment_checked_in"_L1},
    {ErrorCode::SlotFull, "slot_full"_L1},
    {ErrorCode::NoSuchSlot, "no_such_slot"_L1},
    {ErrorCode::BookingWindow, "booking_window"_L1},
    {ErrorCode::BookingLimit, "booking_limit"_L1},
    {ErrorCode::BookingSuspended, "booking_suspended"_L1},
    {ErrorCode::CancelTooLate, "cancel_too_late"_L1},
    {ErrorCode::UnknownAlert, "unknown_alert"_L1},
    {ErrorCode::AlreadyRated, "already_rated"_L1},
}}};

static_assert(kNames.entries.back().first == kLastErrorCode, "every ErrorCode needs a name");

} // namespace

QString toString(ErrorCode code)
{
    return kNames.name(code);
}

std::optional<ErrorCode> errorCodeFromString(QStringView name)
{
    return kNames.find(name);
}

QList<ErrorCode> allErrorCodes()
{
    return kNames.values();
}

} // namespace hallq::protocol
