#pragma once

#include <QString>

namespace hallq::counter {

// What the counter knows at one moment, reduced to what decides which
// actions are possible. Built by CounterController; ActionRules reads it.
struct CounterSituation
{
    enum class Window { Closed, Idle, Calling, Serving, Paused };

    bool connected = false;   // session Ready: a request can be sent now
    bool loggedIn = false;    // this counter holds its window
    bool busy = false;        // a request of this counter is in flight
    Window window = Window::Closed;
    bool hasTicket = false;   // a current ticket is called or in service
    int recallCount = 0;
    int recallLimit = 0;
    int waitingForMe = 0;     // tickets this window may call now
    bool waitingSelected = false;
    bool parkedSelected = false;
    bool noShowSelected = false;
    bool rateableTicket = false;  // served here, not rated, no rating being asked
    bool printableTicket = false; // the ticket in service or the one just finished
    bool printerReady = true;     // a print is not already running
};

} // namespace hallq::counter
