#pragma once

#include <QMetaType>
#include <array>

namespace hallq::counter {

// Everything window staff can do from the counter, one button and one
// shortcut each (CounterShortcuts in the UI).
enum class CounterAction {
    CallNext,        // F1
    Recall,          // F2
    NoShow,          // F3
    Transfer,        // F4
    Finish,          // F5
    StartServing,    // F6
    Park,            // F7
    Pause,           // F8
    Resume,          // F8 as well: one key toggles
    AskRating,       // F9
    PrintAcceptance, // F10
    PrintMaterials,  // F11
    CallSelected,    // Ctrl+Enter on the waiting list
    Unpark,          // Ctrl+U on the parked list
    Reactivate,      // Ctrl+R on the no-show list
    Logout,
};

inline constexpr std::array<CounterAction, 16> kAllActions{
    CounterAction::CallNext,     CounterAction::Recall,       CounterAction::NoShow,
    CounterAction::Transfer,     CounterAction::Finish,       CounterAction::StartServing,
    CounterAction::Park,         CounterAction::Pause,        CounterAction::Resume,
    CounterAction::AskRating,    CounterAction::PrintAcceptance, CounterAction::PrintMaterials,
    CounterAction::CallSelected, CounterAction::Unpark,       CounterAction::Reactivate,
    CounterAction::Logout};

} // namespace hallq::counter

Q_DECLARE_METATYPE(hallq::counter::CounterAction)
