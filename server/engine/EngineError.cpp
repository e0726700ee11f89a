#include "engine/EngineError.h"

using namespace Qt::StringLiterals;

namespace hallq::engine {

QString toString(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return u"invalid_argument"_s;
    case ErrorCode::UnknownService: return u"unknown_service"_s;
    case ErrorCode::UnknownTicket: return u"unknown_ticket"_s;
    case ErrorCode::UnknownWindow: return u"unknown_window"_s;
    case ErrorCode::WrongState: return u"wrong_state"_s;
    case ErrorCode::WindowNotOpen: return u"window_not_open"_s;
    case ErrorCode::WindowBusy: return u"window_busy"_s;
    case ErrorCode::WindowPaused: return u"window_paused"_s;
    case ErrorCode::WindowIdle: return u"window_idle"_s;
    case ErrorCode::NotServedHere: return u"not_served_here"_s;
    case ErrorCode::NothingWaiting: return u"nothing_waiting"_s;
    case ErrorCode::SoldOut: return u"sold_out"_s;
    case ErrorCode::OutsideHours: return u"outside_hours"_s;
    case ErrorCode::RealNameRequired: return u"real_name_required"_s;
    case ErrorCode::RealNameLimit: return u"real_name_limit"_s;
    case ErrorCode::StaffAlreadyOpen: return u"staff_already_open"_s;
    case ErrorCode::ClassNotAccepted: return u"class_not_accepted"_s;
    }
    return {};
}

} // namespace hallq::engine
