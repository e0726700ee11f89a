#pragma once

#include <QDateTime>

namespace hallq::engine {

// The engine never reads a clock of its own: every instant comes through this
// seam, so tests and the simulator drive time explicitly.
class Clock
{
public:
    virtual ~Clock() = default;
    // Current instant, UTC, millisecond precision.
    virtual QDateTime now() const = 0;
};

} // namespace hallq::engine
