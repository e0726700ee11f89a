#pragma once

#include "engine/Clock.h"
#include "engine/Commands.h"
#include "engine/EngineError.h"
#include "engine/EngineState.h"
#include "engine/HallConfig.h"
#include "engine/Operation.h"
#include "engine/TicketIndex.h"
#include "engine/WaitEstimator.h"
#include "engine/WorkingCalendar.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <functional>
#include <memory>
#include <optional>

namespace hallq::engine {

// The queue rules of one hall: pure, deterministic, single-threaded, no I/O.
// Every mutating operation either fails with an EngineError and changes
// nothing, or succeeds and returns the ChangeSet the caller must make durable.
//
// Arbitration for callNext (see docs/engine.md):
//   1. due tickets (passed over agingLimit times) first, oldest issue first;
//   2. green-channel tickets, oldest first;
//   3. tickets transferred to this very window, by their placement order;
//   4. checked-in appointments whose slot has begun, by slot start;
//   5. the rest: services of the work profile by smooth weighted round-robin,
//      FIFO (by order) within a service.
// Aging bound: a waiting ticket is passed over by at most `agingLimit` calls
// of windows that serve it before it becomes due; a due ticket is called before
// any ticket that is not due at every window that serves it.
class Engine
{
public:
    Engine(HallConfig config, const Clock &clock, std::unique_ptr<WaitEstimator> estimator = {});
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // Replace the live state with one loaded from storage (server start).
    void restore(const EngineState &state);
    EngineState state() const;

    // ---- operations -------------------------------------------------------
    Result<Operation> issue(const IssueCommand &cmd);
    Result<Operation> openWindow(int window, const QString &staffId);
    Result<Operation> closeWindow(int window, const QString &actor);
    Result<Operation> pauseWindow(int window, PauseReason reason, const QString &note, const QString &actor);
    Result<Operation> resumeWindow(int window, const QString &actor);
    Result<Operation> callNext(int window, const QString &actor);
    Result<Operation> callTicket(int window, qint64 ticketId, const QString &actor);
    Result<Operation> recall(int window, const QString &actor);
    Result<Operation> startServing(int window, const QString &actor);
    Result<Operation> finish(const FinishCommand &cmd);
    Result<Operation> noShow(int window, const QString &actor);
    Result<Operation> reactivate(qint64 ticketId, std::optional<Placement> placement, const QString &actor);
    Result<Operation> transfer(const TransferCommand &cmd);
    Result<Operation> park(int window, const QString &actor);
    Result<Operation> unpark(int window, qint64 ticketId, const QString &actor);
    Result<Operation> cancel(qint64 ticketId, const QString &actor);
    // Journals how an issued ticket reached its holder (EngineReceipts.cpp):
    // printed, or only on the kiosk screen with the reason. The ticket is unchanged.
    Result<Operation> recordReceipt(qint64 ticketId, bool printed, const QString &reason, const QString &actor);
    // Cancels what is left waiting/parked/no-show from earlier business days.
    // The server calls it at the reset time and at start; empty ChangeSet if none.
    Operation closeEarlierDays(const QString &actor);

    // ---- queries ----------------------------------------------------------
    const HallConfig &config() const { return m_config; }
    const WorkingCalendar &calendar() const { return m_calendar; }
    const Clock &clock() const { return m_clock; }
    QDate currentBusinessDay() const;

    const Ticket *ticket(qint64 id) const;
    const Ticket *ticketByToken(QStringView token) const;
    const WindowStatus *window(int number) const;
    QList<WindowStatus> windows() const;              // every configured window, by number
    QList<Ticket> waitingTickets(QStringView serviceId) const; // in call order within the service
    QList<Ticket> waitingForWindow(int window) const;  // what this window could call, in arbitration order
    QList<Ticket> parkedTickets(int window) const;
    QList<Ticket> noShowTickets(QStringView serviceId) const; // today's, reactivatable
    int waitingCount(QStringView serviceId) const;
    int peopleAhead(qint64 ticketId) const;           // -1 unknown or not waiting
    int openWindowsServing(QStringView serviceId) const; // open and not paused
    int servedToday(QStringView serviceId) const;
    double meanHandlingSeconds(QStringView serviceId) const; // today's mean, or the configured prior
    // Availability of the service for a ticket at the current instant.
    WorkingCalendar::Availability availability(QStringView serviceId) const;
    int estimateNewTicket(QStringView serviceId) const;
    int estimateTicket(qint64 ticketId) const;

    // ---- for estimators and other derived figures (added by issue #8) -----
    // Moves on every operation and restore: a cache of figures derived from
    // the state is stale once it moved.
    quint64 revision() const;
    // Today's running figures of one service (counts by class, handling and
    // window occupancy), O(1).
    TicketIndex::DayFigures dayFigures(QStringView serviceId) const;
    // Every waiting ticket of today, unordered and uncopied.
    void forEachWaiting(const std::function<void(const Ticket &)> &visit) const;

private:
    struct Impl;
    HallConfig m_config;
    const Clock &m_clock;
    WorkingCalendar m_calendar;
    std::unique_ptr<WaitEstimator> m_estimator;
    std::unique_ptr<Impl> d;
};

} // namespace hallq::engine
