#pragma once

#include "engine/Engine.h"
#include "protocol/SupervisionMessages.h"

namespace hallq::net {

// The supervisor's figures (stats.get), computed from today's tickets as the
// engine holds them, so nothing extra is stored and a restart loses nothing:
// per service the tickets waiting now, the longest current wait, the mean
// wait (issue → call) today, the estimate for a new ticket, and the day's
// series of waiting count and mean wait.
class SupervisionStats
{
public:
    SupervisionStats(const engine::Engine &engine) : m_engine(engine) {}

    protocol::StatsReply compute(const protocol::StatsGetRequest &request, const QDateTime &now) const;

private:
    protocol::ServiceStats service(const QString &serviceId, const QList<engine::Ticket> &today,
                                   const QDateTime &now, int intervalMinutes) const;

    const engine::Engine &m_engine;
};

} // namespace hallq::net
