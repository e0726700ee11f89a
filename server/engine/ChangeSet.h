#pragma once

#include "engine/Event.h"
#include "engine/RowUpsert.h"
#include "engine/SequenceCounter.h"
#include "engine/Ticket.h"
#include "engine/WindowStatus.h"

#include <QList>

namespace hallq::engine {

// What one engine operation changed: the events it journals and the full new
// rows of everything it touched. Storage writes a ChangeSet in one
// transaction; an operation is acknowledged once its ChangeSet is durable.
struct ChangeSet
{
    QList<Event> events;
    QList<Ticket> tickets;
    QList<WindowStatus> windows;
    QList<SequenceCounter> sequences;
    QList<RowUpsert> rows = {}; // other modules' rows, same transaction (RowUpsert.h)

    bool isEmpty() const
    {
        return events.isEmpty() && tickets.isEmpty() && windows.isEmpty() && sequences.isEmpty() && rows.isEmpty();
    }
};

} // namespace hallq::engine
