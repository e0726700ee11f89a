#include "engine/WeightedRoundRobin.h"

#include <algorithm>

namespace hallq::engine {

QString WeightedRoundRobin::pick(const QList<WorkProfileEntry> &profile, const QSet<QString> &eligible)
{
    QString best;
    qint64 bestCredit = 0;
    qint64 total = 0;
    QSet<QString> seen;
    for (const WorkProfileEntry &e : profile) {
        if (!eligible.contains(e.serviceId) || seen.contains(e.serviceId))
            continue;
        seen.insert(e.serviceId);
        const qint64 weight = std::max(1, e.weight); // the config loader rejects < 1; never divide a share by 0
        const qint64 credit = (m_credit[e.serviceId] += weight);
        total += weight;
        if (best.isEmpty() || credit > bestCredit) {
            best = e.serviceId;
            bestCredit = credit;
        }
    }
    if (!best.isEmpty())
        m_credit[best] -= total;
    return best;
}

} // namespace hallq::engine
