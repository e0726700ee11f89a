#include "counter/core/ActionRules.h"

namespace hallq::counter {

using W = CounterSituation::Window;

QString ActionRules::why(CounterAction action, const CounterSituation &s)
{
    // Printing is local: it works while the link is down.
    if (action == CounterAction::PrintAcceptance || action == CounterAction::PrintMaterials) {
        if (!s.loggedIn)
            return tr("Not logged in at a window");
        if (!s.printableTicket)
            return tr("No ticket in service or just finished");
        return s.printerReady ? QString() : tr("A notice is being printed");
    }
    // Nothing else can be done without the server: refused here, never queued.
    if (!s.connected)
        return tr("Not connected to the server");
    if (!s.loggedIn)
        return tr("Not logged in at a window");
    if (s.busy)
        return tr("Waiting for the server's answer");

    const bool calling = s.window == W::Calling;
    const bool serving = s.window == W::Serving;
    const bool idle = s.window == W::Idle;
    switch (action) {
    case CounterAction::CallNext:
        if (!idle)
            return s.window == W::Paused ? tr("The window is paused") : tr("Finish, park or transfer the current ticket first");
        if (s.waitingForMe <= 0)
            return tr("Nobody is waiting for this window");
        return {};
    case CounterAction::Recall:
        if (!calling)
            return serving ? tr("The citizen is already being served") : tr("No ticket is being called");
        if (s.recallCount >= s.recallLimit)
            return tr("Recall limit reached: mark the ticket as a no-show");
        return {};
    case CounterAction::NoShow:
        return calling ? QString() : serving ? tr("The citizen came: finish instead") : tr("No ticket is being called");
    case CounterAction::StartServing:
        return calling ? QString() : tr("No ticket is being called");
    case CounterAction::Transfer:
    case CounterAction::Park:
        return calling || serving ? QString() : tr("No current ticket");
    case CounterAction::Finish:
        return serving ? QString() : calling ? tr("Start serving first") : tr("No ticket in service");
    case CounterAction::Pause:
        return idle ? QString() : s.window == W::Paused ? tr("The window is already paused") : tr("Finish the current ticket first");
    case CounterAction::Resume:
        return s.window == W::Paused ? QString() : tr("The window is not paused");
    case CounterAction::AskRating:
        return s.rateableTicket ? QString() : tr("No served ticket to rate");
    case CounterAction::PrintAcceptance:
    case CounterAction::PrintMaterials:
        return {}; // decided above
    case CounterAction::CallSelected:
        if (!idle)
            return tr("Finish, park or transfer the current ticket first");
        return s.waitingSelected ? QString() : tr("Select a waiting ticket");
    case CounterAction::Unpark:
        if (!idle)
            return tr("Finish, park or transfer the current ticket first");
        return s.parkedSelected ? QString() : tr("Select a parked ticket");
    case CounterAction::Reactivate:
        return s.noShowSelected ? QString() : tr("Select a no-show ticket");
    case CounterAction::Logout:
        return s.hasTicket ? tr("Finish, park or transfer the current ticket first") : QString();
    }
    return tr("Unknown action");
}

} // namespace hallq::counter
