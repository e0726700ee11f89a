#pragma once

#include <QString>
#include <optional>
#include <variant>

namespace hallq::engine {

enum class ErrorCode {
    InvalidArgument,
    UnknownService,
    UnknownTicket,
    UnknownWindow,
    WrongState,        // the ticket is not in a state that allows this
    WindowNotOpen,
    WindowBusy,        // the window already has a current ticket
    WindowPaused,
    WindowIdle,        // the window has no current ticket
    NotServedHere,     // the window's work profile does not include the service
    NothingWaiting,
    SoldOut,           // daily cap or number range reached
    OutsideHours,
    RealNameRequired,
    RealNameLimit,
    StaffAlreadyOpen,  // this staff member has another window open
    ClassNotAccepted,  // e.g. green channel off for this service
};

QString toString(ErrorCode code); // stable snake_case names

struct EngineError
{
    ErrorCode code;
    QString message; // for people: names the ticket/window/service concerned
};

// Either a value or an error; operations never throw for bad input.
template <class T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(EngineError error) : m_v(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_v); }
    T &value() { return std::get<T>(m_v); }
    const EngineError &error() const { return std::get<EngineError>(m_v); }

private:
    std::variant<T, EngineError> m_v;
};

} // namespace hallq::engine
