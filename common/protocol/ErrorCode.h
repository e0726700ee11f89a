#pragma once

#include <QString>
#include <QList>
#include <optional>

namespace hallq::protocol {

// Every error a peer can see. Names on the wire are stable snake_case
// (toString); the engine's codes share their names with engine::ErrorCode so
// the server maps them with errorCodeFromString(engine::toString(code)).
enum class ErrorCode {
    // frame and envelope
    Malformed,          // not UTF-8 JSON, not an object, type/id/seq/ok/body of the wrong kind
    TooLarge,           // frame over Limits::maxFrameBytes
    TooDeep,            // nesting over Limits::maxDepth
    UnknownType,        // no such message
    BadField,           // body field missing, wrong type, too long, out of range; message names it
    // session
    VersionMismatch,
    NotAuthenticated,
    Forbidden,
    AuthFailed,
    AuthThrottled,
    AlreadyAuthenticated,
    RateLimited,
    Internal,
    Unavailable,
    ResumeUnavailable,  // epoch changed or resumeAfter too old: take the snapshot
    InvalidIdentity,    // ID-card number fails the GB 11643 check
    // engine
    InvalidArgument,
    UnknownService,
    UnknownTicket,
    UnknownWindow,
    WrongState,
    WindowNotOpen,
    WindowBusy,
    WindowPaused,
    WindowIdle,
    NotServedHere,
    NothingWaiting,
    SoldOut,
    OutsideHours,
    RealNameRequired,
    RealNameLimit,
    StaffAlreadyOpen,
    ClassNotAccepted,
    // appointments (预约): check-in, and booking through the HTTP API
    AppointmentNotFound,  // no booking with that code, or none today for that identity
    AppointmentTooEarly,  // before the check-in window: "请于 HH:MM 后签到"
    AppointmentTooLate,   // after the check-in window
    AppointmentCheckedIn, // already checked in (the message names the ticket)
    SlotFull,             // the slot has no place left
    NoSuchSlot,           // not a slot of that service on that day (day off, off the grid)
    BookingWindow,        // too soon (min hours ahead) or too far (max working days ahead)
    BookingLimit,         // one booking per person per service per day
    BookingSuspended,     // repeated no-shows: booking rights suspended until a date
    CancelTooLate,        // cancelling closes K hours before the slot
    // supervision
    UnknownAlert,
    // counter
    AlreadyRated,       // this ticket has its rating already (one per ticket)
};

// The last code, for completeness checks of the name table.
inline constexpr ErrorCode kLastErrorCode = ErrorCode::AlreadyRated;

QString toString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(QStringView name);
QList<ErrorCode> allErrorCodes();

// A typed failure: the code is for programs, the message for people (it
// names the field/ticket/window concerned, never personal data).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    bool operator==(const Error &) const = default;
};

} // namespace hallq::protocol
