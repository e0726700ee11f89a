#include "engine/Enums.h"

#include "engine/EnumNames.h"

using namespace Qt::StringLiterals;

namespace hallq::engine {

QString toString(TicketClass v)
{
    switch (v) {
    case TicketClass::Normal: return u"normal"_s;
    case TicketClass::Green: return u"green"_s;
    case TicketClass::Appointment: return u"appointment"_s;
    case TicketClass::Assisted: return u"assisted"_s;
    }
    return {};
}

QString toString(TicketState v)
{
    switch (v) {
    case TicketState::Waiting: return u"waiting"_s;
    case TicketState::Called: return u"called"_s;
    case TicketState::Serving: return u"serving"_s;
    case TicketState::Finished: return u"finished"_s;
    case TicketState::NoShow: return u"no_show"_s;
    case TicketState::Parked: return u"parked"_s;
    case TicketState::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString toString(CaseType v)
{
    switch (v) {
    case CaseType::Immediate: return u"immediate"_s;
    case CaseType::Promised: return u"promised"_s;
    case CaseType::Reported: return u"reported"_s;
    case CaseType::Joint: return u"joint"_s;
    }
    return {};
}

QString toString(Placement v)
{
    switch (v) {
    case Placement::Front: return u"front"_s;
    case Placement::End: return u"end"_s;
    case Placement::ByIssueTime: return u"by_issue_time"_s;
    }
    return {};
}

QString toString(WindowState v)
{
    switch (v) {
    case WindowState::Closed: return u"closed"_s;
    case WindowState::Idle: return u"idle"_s;
    case WindowState::Calling: return u"calling"_s;
    case WindowState::Serving: return u"serving"_s;
    case WindowState::Paused: return u"paused"_s;
    }
    return {};
}

QString toString(PauseReason v)
{
    switch (v) {
    case PauseReason::Lunch: return u"lunch"_s;
    case PauseReason::Meeting: return u"meeting"_s;
    case PauseReason::SystemFault: return u"system_fault"_s;
    case PauseReason::Other: return u"other"_s;
    }
    return {};
}

QString toString(EventType v)
{
    switch (v) {
    case EventType::Issued: return u"issued"_s;
    case EventType::Called: return u"called"_s;
    case EventType::Recalled: return u"recalled"_s;
    case EventType::ServingStarted: return u"serving_started"_s;
    case EventType::Finished: return u"finished"_s;
    case EventType::NoShow: return u"no_show"_s;
    case EventType::Reactivated: return u"reactivated"_s;
    case EventType::Transferred: return u"transferred"_s;
    case EventType::Parked: return u"parked"_s;
    case EventType::Unparked: return u"unparked"_s;
    case EventType::Cancelled: return u"cancelled"_s;
    case EventType::WindowOpened: return u"window_opened"_s;
    case EventType::WindowClosed: return u"window_closed"_s;
    case EventType::WindowPaused: return u"window_paused"_s;
    case EventType::WindowResumed: return u"window_resumed"_s;
    case EventType::Printed: return u"printed"_s;
    case EventType::ShownOnScreen: return u"shown_on_screen"_s;
    }
    return {};
}

std::optional<TicketClass> ticketClassFromString(QStringView s) { return enumFromName<TicketClass>(s); }
std::optional<TicketState> ticketStateFromString(QStringView s) { return enumFromName<TicketState>(s); }
std::optional<CaseType> caseTypeFromString(QStringView s) { return enumFromName<CaseType>(s); }
std::optional<Placement> placementFromString(QStringView s) { return enumFromName<Placement>(s); }
std::optional<WindowState> windowStateFromString(QStringView s) { return enumFromName<WindowState>(s); }
std::optional<PauseReason> pauseReasonFromString(QStringView s) { return enumFromName<PauseReason>(s); }
std::optional<EventType> eventTypeFromString(QStringView s) { return enumFromName<EventType>(s); }

bool isTerminal(TicketState s)
{
    return s == TicketState::Finished || s == TicketState::Cancelled;
}

} // namespace hallq::engine
