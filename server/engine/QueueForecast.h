#pragma once

#include <QHash>
#include <QList>
#include <limits>
#include <vector>

namespace hallq::engine {

// A fast forward simulation of the hall from its current state: windows call
// in the engine's arbitration order (due, green, targeted, appointments whose
// slot has begun, weighted round-robin over the profile), each call holds the
// window for its service's mean handling time, windows come and go as the
// staffing forecast says, aging makes waiting tickets due as the calls that
// pass them over add up, and expected arrivals (green tickets that will jump
// the queue, other services that will take their share of a window) enter at
// their learned rates. Plain data in, plain data out: ForwardWaitEstimator
// fills it from the engine, tests fill it by hand.
//
// Deterministic: the means stand for the random times, so a ticket's forecast
// is the instant it would be called if every case took its expected time.
class QueueForecast
{
public:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();

    struct Interval
    {
        qint64 startMs;
        qint64 endMs; // exclusive; kNever: until the queue is empty
    };

    struct Window
    {
        QList<std::pair<int, int>> profile; // (service index, weight), as configured
        QList<Interval> staffed;            // sorted, from now on
        qint64 freeAtMs = 0;                // when its current ticket is expected to leave
    };

    struct Waiting
    {
        qint64 id = 0;
        int service = 0;
        int targetWindow = -1; // window index, -1 when the service's queue
        bool green = false;
        bool appointment = false;
        qint64 slotMs = 0;     // appointment slot start
        qint64 order = 0;
        qint64 issueOrder = 0;
        int bypassCount = 0;
    };

    enum ArrivalClass { Normal, Green, Appointment };

    struct Arrivals
    {
        int service = 0;
        ArrivalClass cls = Normal;
        // Piecewise constant rate: from each start until the next, tickets per second.
        QList<std::pair<qint64, double>> rate;
        qint64 untilMs = 0; // no arrivals from here on
    };

    struct Input
    {
        qint64 nowMs = 0;
        int agingLimit = 20;
        std::vector<double> handlingSeconds; // per service
        std::vector<Window> windows;
        std::vector<Waiting> waiting;
        std::vector<Arrivals> arrivals;
        // Also forecast a ticket of each service issued now (the new-ticket estimate).
        bool newTickets = true;
    };

    struct Result
    {
        QHash<qint64, qint64> calledAtMs;   // waiting ticket id → forecast call; absent: never today
        std::vector<qint64> newTicketAtMs;  // per service; kNever when no window will call it
        int steps = 0;
    };

    static Result run(const Input &input);
};

} // namespace hallq::engine
