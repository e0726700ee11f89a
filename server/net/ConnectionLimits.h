#pragma once

#include "protocol/Limits.h"

namespace hallq::net {

// What one client connection may do before it is told off, then cut off.
struct ConnectionLimits
{
    protocol::Limits message;       // frame size, depth, string and list lengths
    double messagesPerSecond = 50;  // sustained
    double burst = 100;
    int violationsBeforeClose = 20; // malformed, oversized, forbidden, rate-limited ...
};

} // namespace hallq::net
