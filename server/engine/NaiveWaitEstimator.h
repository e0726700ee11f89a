#pragma once

#include "engine/WaitEstimator.h"

namespace hallq::engine {

// people ahead × mean handling time ÷ open windows serving the service.
// The mean comes from today's finished tickets once there are a few,
// otherwise from the service's configured prior.
class NaiveWaitEstimator : public WaitEstimator
{
public:
    int estimateNewTicket(const Engine &engine, QStringView serviceId) const override;
    int estimateTicket(const Engine &engine, qint64 ticketId) const override;
};

} // namespace hallq::engine
