#pragma once

#include <QString>
#include <optional>

namespace hallq::engine {

enum class TicketClass { Normal, Green, Appointment, Assisted };

// "transferred" is a transition (EventType::Transferred), after which the
// ticket waits again in its new queue with Ticket::transferCount > 0.
enum class TicketState { Waiting, Called, Serving, Finished, NoShow, Parked, Cancelled };

enum class CaseType { Immediate /*即办件*/, Promised /*承诺件*/, Reported /*上报件*/, Joint /*联办件*/ };

enum class Placement { Front, End, ByIssueTime };

enum class WindowState { Closed, Idle, Calling, Serving, Paused };

enum class PauseReason { Lunch, Meeting, SystemFault, Other };

enum class EventType {
    Issued,
    Called,
    Recalled,
    ServingStarted,
    Finished,
    NoShow,
    Reactivated,
    Transferred,
    Parked,
    Unparked,
    Cancelled,
    WindowOpened,
    WindowClosed,
    WindowPaused,
    WindowResumed,
    Printed,       // the kiosk printed the ticket (a fact the kiosk reports)
    ShownOnScreen, // the print failed: the holder has it only on the kiosk screen
};

// Stable wire/database names ("normal", "green", "no_show", ...). The
// fromString functions return nullopt for an unknown name.
QString toString(TicketClass v);
QString toString(TicketState v);
QString toString(CaseType v);
QString toString(Placement v);
QString toString(WindowState v);
QString toString(PauseReason v);
QString toString(EventType v);
std::optional<TicketClass> ticketClassFromString(QStringView s);
std::optional<TicketState> ticketStateFromString(QStringView s);
std::optional<CaseType> caseTypeFromString(QStringView s);
std::optional<Placement> placementFromString(QStringView s);
std::optional<WindowState> windowStateFromString(QStringView s);
std::optional<PauseReason> pauseReasonFromString(QStringView s);
std::optional<EventType> eventTypeFromString(QStringView s);

// True for states a ticket never leaves (finished, cancelled).
bool isTerminal(TicketState s);

} // namespace hallq::engine
