#pragma once

#include "engine/ChangeSet.h"
#include "engine/Ticket.h"
#include "engine/WindowStatus.h"

namespace hallq::engine {

// The outcome of a successful mutating operation: the ticket and window it
// was about (when it was about one) and everything it changed.
struct Operation
{
    Ticket ticket;        // id 0 when the operation concerned no ticket
    WindowStatus window;  // number 0 when it concerned no window
    ChangeSet changes;
};

} // namespace hallq::engine
