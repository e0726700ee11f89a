#pragma once

#include "engine/SequenceCounter.h"
#include "engine/Ticket.h"
#include "engine/WindowStatus.h"

#include <QList>

namespace hallq::engine {

// Everything the engine needs to resume after a restart, as loaded from storage.
// Tickets: at least every non-terminal ticket and every ticket of the current
// business day (terminal ones feed the day's statistics and real-name limits).
struct EngineState
{
    QList<Ticket> tickets;
    QList<WindowStatus> windows;
    QList<SequenceCounter> sequences;
    qint64 lastTicketId = 0;
    qint64 lastEventId = 0;
    qint64 lastOrder = 0;
};

} // namespace hallq::engine
