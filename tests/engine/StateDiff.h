#pragma once

#include "engine/ChangeSet.h"
#include "engine/EngineState.h"

#include <QString>

namespace hallq::engine::test {

// The first difference between two rows or states, in words; empty if equal.
QString diffTicket(const Ticket &a, const Ticket &b);
QString diffWindow(const WindowStatus &a, const WindowStatus &b);
QString diffState(const EngineState &a, const EngineState &b);

// What storage does with a ChangeSet: upsert every row, advance the marks
// from the rows and events. Used to prove a ChangeSet is complete.
EngineState applyChanges(EngineState state, const ChangeSet &changes);

} // namespace hallq::engine::test
