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
};

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
