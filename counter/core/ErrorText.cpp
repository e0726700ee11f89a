#include "counter/core/ErrorText.h"

namespace hallq::counter {

using protocol::ErrorCode;

QString ErrorText::forCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::AuthFailed: return tr("Wrong staff id or password");
    case ErrorCode::AuthThrottled: return tr("Too many failed log-ins: wait a moment and try again");
    case ErrorCode::Forbidden: return tr("Not allowed for this account or window");
    case ErrorCode::StaffAlreadyOpen: return tr("You are already logged in at another window: log out there first");
    case ErrorCode::Unavailable: return tr("Not sent: the server cannot be reached");
    case ErrorCode::RateLimited: return tr("Too many requests: slow down");
    case ErrorCode::UnknownTicket: return tr("No such ticket today");
    case ErrorCode::UnknownWindow: return tr("No such window");
    case ErrorCode::UnknownService: return tr("No such service");
    case ErrorCode::WrongState: return tr("The ticket is not in a state that allows this");
    case ErrorCode::WindowNotOpen: return tr("The window is not open");
    case ErrorCode::WindowBusy: return tr("Finish, park or transfer the current ticket first");
    case ErrorCode::WindowPaused: return tr("The window is paused");
    case ErrorCode::WindowIdle: return tr("There is no current ticket");
    case ErrorCode::NotServedHere: return tr("This window does not serve that ticket");
    case ErrorCode::NothingWaiting: return tr("Nobody is waiting for this window");
    case ErrorCode::InvalidArgument: return tr("The server refused the request");
    case ErrorCode::AlreadyRated: return tr("This ticket has been rated already");
    case ErrorCode::VersionMismatch: return tr("This counter program does not match the server's version");
    default: return tr("The server refused the request");
    }
}

QString ErrorText::describe(const protocol::Error &error)
{
    const QString sentence = forCode(error.code);
    if (error.message.isEmpty())
        return sentence;
    return tr("%1 (%2)").arg(sentence, error.message);
}

} // namespace hallq::counter
