#pragma once

#include "engine/Engine.h"
#include "net/RatingBook.h"
#include "protocol/CounterMessages.h"

namespace hallq::net {

// A window's figures for today, from the engine's tickets of the business day
// and the day's ratings.
protocol::WindowFigures windowFigures(const engine::Engine &engine, const RatingBook &ratings, int window);

} // namespace hallq::net
