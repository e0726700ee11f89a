#include "engine/NaiveWaitEstimator.h"

#include "engine/Engine.h"

#include <QtMath>

namespace hallq::engine {

namespace {

int estimate(int peopleAhead, double meanSeconds, int windows)
{
    if (peopleAhead < 0 || windows <= 0)
        return -1;
    return qRound(peopleAhead * meanSeconds / windows);
}

} // namespace

int NaiveWaitEstimator::estimateNewTicket(const Engine &engine, QStringView serviceId) const
{
    if (!engine.config().service(serviceId))
        return -1;
    // A new ticket joins the end: everyone waiting in the service is ahead.
    return estimate(engine.waitingCount(serviceId), engine.meanHandlingSeconds(serviceId),
                    engine.openWindowsServing(serviceId));
}

int NaiveWaitEstimator::estimateTicket(const Engine &engine, qint64 ticketId) const
{
    const Ticket *t = engine.ticket(ticketId);
    if (!t || t->state != TicketState::Waiting)
        return -1;
    int windows = engine.openWindowsServing(t->serviceId);
    if (t->targetWindow != 0) {
        // Transferred to one window: only that window's state matters.
        const WindowStatus *w = engine.window(t->targetWindow);
        const bool active = w && w->state != WindowState::Closed && w->state != WindowState::Paused;
        windows = active ? 1 : 0;
    }
    return estimate(engine.peopleAhead(ticketId), engine.meanHandlingSeconds(t->serviceId), windows);
}

} // namespace hallq::engine
