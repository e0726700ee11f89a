#pragma once

#include "engine/Commands.h"
#include "engine/EngineError.h"
#include "engine/HallConfig.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <optional>

namespace hallq::engine::test {

// A deliberately plain second statement of the queue rules for the property
// test: flat maps, brute-force scans, no indexes, one business day, always
// within hours. Each operation returns what the engine must answer (an
// error code, or success and the ticket called) and, on success, applies it.
class ReferenceModel
{
public:
    struct Ticket
    {
        qint64 id = 0;
        QString service;
        QString number;
        TicketClass cls = TicketClass::Normal;
        TicketState state = TicketState::Waiting;
        qint64 order = 0;
        qint64 issueOrder = 0;
        int bypass = 0;
        int target = 0;
        int window = 0;
        int firstWindow = 0;
        int recalls = 0;
        int transfers = 0;
        QDateTime slot;
        QString identity;
        // For the aging bound: each time the ticket rejoins a queue a new wait begins.
        int wait = 0;
        int explicitPassesWhileDue = 0;      // callTicket/unpark chose another ticket while it was due
        QSet<QString> dueAheadWhileDue;      // due tickets issued before it that shared a window with it
    };
    struct Window
    {
        WindowState state = WindowState::Closed;
        QString staff;
        qint64 current = 0;
    };
    struct Outcome
    {
        std::optional<ErrorCode> error;
        qint64 ticket = 0;  // the ticket called (callNext)
        QString tier;       // why it was called (callNext)
    };

    explicit ReferenceModel(HallConfig config);

    Outcome issue(const IssueCommand &cmd);
    Outcome openWindow(int w, const QString &staff);
    Outcome closeWindow(int w);
    Outcome pauseWindow(int w);
    Outcome resumeWindow(int w);
    Outcome callNext(int w, const QDateTime &now);
    Outcome callTicket(int w, qint64 id);
    Outcome recall(int w);
    Outcome startServing(int w);
    Outcome finish(int w);
    Outcome noShow(int w);
    Outcome reactivate(qint64 id, std::optional<Placement> placement);
    Outcome transfer(const TransferCommand &cmd);
    Outcome park(int w);
    Outcome unpark(int w, qint64 id);
    Outcome cancel(qint64 id);

    // Waiting tickets window w may call, and their tier (0 due .. 4 queue).
    QList<qint64> candidates(int w) const;
    int tier(const Ticket &t, int w, const QDateTime &now) const;
    bool isDue(const Ticket &t) const { return t.bypass >= m_config.rules.agingLimit; }
    // After every step: remember, for each due waiting ticket, the earlier-issued
    // due tickets it competes with (the aging bound's allowance).
    void noteDueCompetition();
    static QString waitKey(const Ticket &t) { return QString::number(t.id) + u'/' + QString::number(t.wait); }

    const QMap<qint64, Ticket> &tickets() const { return m_tickets; }
    const QMap<int, Window> &windows() const { return m_windows; }
    const HallConfig &config() const { return m_config; }

private:
    static Outcome error(ErrorCode code) { return Outcome{code, 0, {}}; }
    bool mayCall(int w, const Ticket &t) const;
    std::optional<ErrorCode> checkActive(int w) const; // known, open, not paused
    std::optional<ErrorCode> checkIdle(int w) const;
    std::optional<ErrorCode> checkBusy(int w) const;
    void call(int w, qint64 id, bool explicitChoice);
    void release(int w);
    void rejoin(Ticket &t, Placement p);

    HallConfig m_config;
    QMap<qint64, Ticket> m_tickets;
    QMap<int, Window> m_windows;
    QMap<QString, int> m_lastSequence;
    QMap<QString, int> m_issued;
    QMap<int, QMap<QString, qint64>> m_credit; // round-robin credit per window and service
    qint64 m_lastId = 0;
    qint64 m_lastOrder = 0;
};

} // namespace hallq::engine::test
