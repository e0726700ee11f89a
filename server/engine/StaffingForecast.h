#pragma once

#include "engine/HallHistory.h"
#include "engine/QueueForecast.h"
#include "engine/WindowStatus.h"

#include <vector>

namespace hallq::engine {

// When each window is expected to be staffed for the rest of the day.
//
// The pattern of a window is its learned profile (staffed in a 5-minute slot
// on at least half of the observed workdays); for slots never observed, the
// hall's sessions for a window staffed today, or for every window while none
// has opened yet (so a first day still knows that lunch empties the counters
// and the afternoon fills them again). The current
// state holds until the pattern next changes: a window open now stays open
// until its usual lunch or closing time, a closed one stays closed until its
// usual opening. A window paused for lunch comes back when its pattern next
// starts; any other pause is expected to last `pauseSeconds` from its start.
// Whoever is at a window when the hall's last session ends serves the queue
// out: that last stretch has no end.
class StaffingForecast
{
public:
    struct Day
    {
        qint64 nowMs = 0;
        qint64 dayStartMs = 0;                             // local midnight, epoch ms
        std::vector<std::pair<qint64, qint64>> sessions;   // today's hall sessions, epoch ms
        double pauseSeconds = 600;
    };

    static QList<QueueForecast::Interval> forWindow(int window, const WindowStatus &status,
                                                    const HallHistory &history, const Day &day);
};

} // namespace hallq::engine
