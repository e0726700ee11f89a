#pragma once

#include "engine/HallConfig.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace hallq::engine {

// Smooth weighted round-robin (nginx's upstream algorithm) over one window's
// work profile: among the services that have someone waiting, each pick adds
// every candidate's weight to its credit, takes the largest credit (first in
// profile order on a tie) and charges it the sum of the weights. Over any run
// of picks with the same candidates the shares match the weights and the
// picks interleave instead of coming in bursts.
class WeightedRoundRobin
{
public:
    QString pick(const QList<WorkProfileEntry> &profile, const QSet<QString> &eligible);
    void reset() { m_credit.clear(); }

private:
    QHash<QString, qint64> m_credit;
};

} // namespace hallq::engine
