#pragma once

#include "engine/Clock.h"

namespace hallq::net {

// The real clock, injected into the engine by the server.
class SystemClock : public engine::Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace hallq::net
