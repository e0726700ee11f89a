#pragma once

#include "engine/HallConfig.h"
#include "engine/Ticket.h"
#include "engine/TicketIndex.h"
#include "engine/WeightedRoundRobin.h"

#include <QDateTime>
#include <QList>
#include <map>

namespace hallq::engine {

// Decides which waiting ticket a window calls next (the order in Engine.h's
// class comment and docs/engine.md). Holds only the round-robin credit of
// each window; everything else comes from the tickets themselves.
class Arbiter
{
public:
    // Lower tiers are called first.
    enum class Tier { Due, Green, Targeted, Appointment, Queue };

    struct Pick
    {
        const Ticket *ticket = nullptr;
        Tier tier = Tier::Queue;
    };

    explicit Arbiter(const EngineRules &rules) : m_rules(rules) {}

    // The service is in the window's profile, or the ticket was transferred
    // to this very window; a ticket targeted at a window is that window's only.
    static bool mayCall(const WindowConfig &window, const Ticket &t);
    // Waiting tickets of `businessDay` that the window may call, unordered.
    static QList<const Ticket *> candidates(const WindowConfig &window, const TicketIndex &index,
                                            const QDate &businessDay);

    Tier tier(const Ticket &t, int window, const QDateTime &now) const;
    // Strict order by tier, then the tier's key; the round-robin between
    // services is left out (tier Queue falls back to FIFO by order across
    // services). `window` 0 means "as seen by no particular window".
    bool before(const Ticket &a, const Ticket &b, int window, const QDateTime &now) const;
    void sort(QList<const Ticket *> &tickets, int window, const QDateTime &now) const;

    // The ticket the window calls now among non-empty `candidates`; advances
    // the window's round-robin credit when the pick falls to tier Queue.
    Pick pick(const WindowConfig &window, QList<const Ticket *> candidates, const QDateTime &now);
    void reset() { m_rotation.clear(); }

    static QString name(Tier tier);

private:
    const EngineRules &m_rules;
    std::map<int, WeightedRoundRobin> m_rotation;
};

} // namespace hallq::engine
