#pragma once

#include <QString>

namespace hallq::engine {

class Engine;

// Estimated waits, in seconds. One interface so the proof issue can replace
// the naive formula with a forward simulation.
class WaitEstimator
{
public:
    virtual ~WaitEstimator() = default;
    // A ticket of `serviceId` issued now. -1: nobody serves it now.
    virtual int estimateNewTicket(const Engine &engine, QStringView serviceId) const = 0;
    // A waiting ticket. -1: unknown ticket or nobody serves it now.
    virtual int estimateTicket(const Engine &engine, qint64 ticketId) const = 0;
};

} // namespace hallq::engine
