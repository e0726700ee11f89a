#pragma once

#include <array>
#include <string_view>

namespace hallq::protocol::wire {

// The closed sets of string values some fields take. They mirror the
// engine's enums (engine/Enums.h toString) without depending on the server.
inline constexpr std::array<std::string_view, 4> kTicketClasses{"normal", "green", "appointment", "assisted"};
inline constexpr std::array<std::string_view, 7> kTicketStates{"waiting", "called", "serving", "finished",
                                                               "no_show", "parked", "cancelled"};
inline constexpr std::array<std::string_view, 4> kCaseTypes{"immediate", "promised", "reported", "joint"};
inline constexpr std::array<std::string_view, 3> kPlacements{"front", "end", "by_issue_time"};
inline constexpr std::array<std::string_view, 5> kWindowStates{"closed", "idle", "calling", "serving", "paused"};
inline constexpr std::array<std::string_view, 4> kPauseReasons{"lunch", "meeting", "system_fault", "other"};
inline constexpr std::array<std::string_view, 17> kTicketChanges{
    "issued",   "called",   "recalled", "serving_started", "finished",      "no_show",       "reactivated",
    "transferred", "parked", "unparked", "cancelled",     "window_opened", "window_closed", "window_paused",
    "window_resumed",
    // journaled from the kiosk's ticket.print (never an event.ticket): in ticket.history
    "printed", "shown_on_screen"};
inline constexpr std::array<std::string_view, 2> kScopes{"hall", "window"};
inline constexpr std::array<std::string_view, 2> kDeviceKinds{"kiosk", "display"};

} // namespace hallq::protocol::wire
