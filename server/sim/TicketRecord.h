#pragma once

#include "engine/Enums.h"

#include <QString>

namespace hallq::sim {

// What the simulator knows about one ticket and its holder.
struct TicketRecord
{
    enum class Outcome { Waiting, Served, NoShow, Abandoned };

    qint64 id = 0;
    QString number;
    QString serviceId;
    engine::TicketClass ticketClass = engine::TicketClass::Normal;
    qint64 issuedMs = 0;
    qint64 firstCalledMs = -1;
    qint64 servingMs = -1;
    qint64 doneMs = -1;
    int firstWindow = 0;

    // The holder, drawn at issue.
    qint64 leavesAtMs = -1;   // gives up waiting then (-1: never)
    bool absent = false;      // not there when called, whatever the wait
    bool needsRecall = false; // there, but comes only at the second call
    bool transfers = false;   // the case goes on to another service
    bool transferred = false; // ...and it did

    // The promise printed on the ticket, and the usual formula beside it.
    int estimateSeconds = -1;
    int naiveSeconds = -1;
    qint64 estimateNs = -1;     // CPU time of the estimate
    qint64 estimateWallNs = -1; // wall time of the estimate

    Outcome outcome = Outcome::Waiting;

    qint64 waitMs() const { return firstCalledMs < 0 ? -1 : firstCalledMs - issuedMs; }
    bool presentAt(qint64 ms) const { return !absent && (leavesAtMs < 0 || ms < leavesAtMs); }
};

} // namespace hallq::sim
