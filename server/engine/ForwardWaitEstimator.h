#pragma once

#include "engine/HallHistory.h"
#include "engine/QueueForecast.h"
#include "engine/WaitEstimator.h"

#include <QDate>
#include <QHash>
#include <memory>
#include <vector>

namespace hallq::engine {

// The wait estimate the server prints and shows: a forward simulation of the
// rest of the day from the engine's current state (QueueForecast), with
// staffing forecast from the current window states and the learned day profile
// (StaffingForecast), handling times learned per service (HandlingTime) and
// the arrivals that will still jump or share the queue (HallHistory).
//
// One forecast answers every ticket and service, so it is kept and reused
// while the state has not moved; when it has, it is reused for at most
// `maxStaleMs` of hall time if the staffing is unchanged (which windows are
// staffed, paused or closed — not who they are calling; a ticket issued
// meanwhile is placed where the forecast put a new ticket of its service).
// Not thread-safe, like the engine it reads.
class ForwardWaitEstimator : public WaitEstimator
{
public:
    struct Options
    {
        qint64 maxStaleMs = 1000;
        double pauseSeconds = 600; // a pause that is not lunch, until learned otherwise
    };
    struct Stats
    {
        qint64 runs = 0;      // forecasts computed
        qint64 reused = 0;    // estimates answered from a kept forecast
        qint64 lastRunNs = 0; // cost of the latest forecast
    };

    ForwardWaitEstimator();
    explicit ForwardWaitEstimator(Options options);
    ~ForwardWaitEstimator() override;

    int estimateNewTicket(const Engine &engine, QStringView serviceId) const override;
    int estimateTicket(const Engine &engine, qint64 ticketId) const override;

    const Stats &stats() const { return m_stats; }
    // The learned profile (null before the first estimate).
    const HallHistory *history() const { return m_history.get(); }

private:
    struct Kept
    {
        bool valid = false;
        quint64 revision = 0;
        qint64 atMs = 0;
        QDate day;
        std::vector<char> staffing;
        QueueForecast::Result result;
    };

    const Kept &forecast(const Engine &engine, bool exact) const;
    QueueForecast::Input input(const Engine &engine, qint64 nowMs) const;
    std::vector<char> staffing(const Engine &engine) const;
    static int seconds(qint64 atMs, qint64 nowMs);

    Options m_options;
    mutable const Engine *m_engine = nullptr;
    mutable std::unique_ptr<HallHistory> m_history;
    mutable QHash<QString, int> m_serviceIndex;
    mutable QHash<int, int> m_windowIndex;
    mutable Kept m_kept;
    mutable Stats m_stats;
};

} // namespace hallq::engine
