// Randomized property test: seeded operation sequences run against the engine
// and the ReferenceModel side by side, with the invariants checked after
// every step. Reproduce a failure with the seed it prints:
//   HALLQ_ENGINE_SEED=<seed> HALLQ_ENGINE_RUNS=1 test_engine "[property]"
#include "ReferenceModel.h"
#include "StateDiff.h"
#include "TestHall.h"

#include "engine/Engine.h"
#include "engine/ManualClock.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QRandomGenerator>
#include <QSet>

using namespace hallq::engine;
using namespace hallq::engine::test;

namespace {

using Model = ReferenceModel;

struct Coverage
{
    QMap<QString, int> succeeded;  // by operation
    QMap<QString, int> rejected;   // by error code
    QMap<QString, int> callTiers;  // callNext picks by tier
    int recallNoShows = 0;
};

class PropertyRun
{
public:
    PropertyRun(quint32 seed, Coverage &coverage)
        : m_rng(seed), m_config(makeConfig(m_rng)), m_clock(local(2026, 3, 2, 8, 31)), m_engine(m_config, m_clock),
          m_model(m_config), m_coverage(coverage)
    {
    }

    // Empty when every step held; otherwise what broke, at which step.
    QString run(int steps)
    {
        m_before = m_engine.state();
        for (m_step = 0; m_step < steps; ++m_step) {
            m_clock.advanceSeconds(m_rng.bounded(0, 21));
            if (const QString failure = step(); !failure.isEmpty())
                return QStringLiteral("step %1 (%2): %3").arg(m_step).arg(m_op, failure);
        }
        return {};
    }

private:
    static HallConfig makeConfig(QRandomGenerator &rng)
    {
        HallConfig h = makeHall();
        const int aging[] = {0, 1, 3, 6, 20};
        h.rules.agingLimit = aging[rng.bounded(5)];
        h.rules.recallLimit = rng.bounded(3);
        h.rules.reactivatePlacement = Placement(rng.bounded(3));
        return h;
    }

    int anyWindow() { return m_rng.bounded(100) < 4 ? 7 : m_rng.bounded(1, 6); }
    QString actor() { return QStringLiteral("staff"); }

    // Mostly a ticket in `preferred` state, sometimes any ticket or an unknown id.
    qint64 anyTicket(TicketState preferred)
    {
        QList<qint64> matching, all;
        for (const auto &t : m_model.tickets()) {
            all.append(t.id);
            if (t.state == preferred)
                matching.append(t.id);
        }
        const int roll = m_rng.bounded(100);
        if (roll < 5 || all.isEmpty())
            return 999999;
        if (roll < 75 && !matching.isEmpty())
            return matching[m_rng.bounded(int(matching.size()))];
        return all[m_rng.bounded(int(all.size()))];
    }

    IssueCommand issueCommand()
    {
        static const char *const services[] = {"consult", "business", "cross", "pickup"};
        IssueCommand cmd;
        cmd.serviceId = m_rng.bounded(100) < 3 ? QStringLiteral("nope") : QString::fromLatin1(services[m_rng.bounded(4)]);
        const int roll = m_rng.bounded(100);
        cmd.ticketClass = roll < 60   ? TicketClass::Normal
                          : roll < 75 ? TicketClass::Green
                          : roll < 90 ? TicketClass::Appointment
                                      : TicketClass::Assisted;
        if (cmd.ticketClass == TicketClass::Appointment) {
            cmd.slotStart = m_clock.now().addSecs(m_rng.bounded(-15 * 60, 15 * 60));
            cmd.slotEnd = cmd.slotStart.addSecs(15 * 60);
        }
        if (m_rng.bounded(100) < 90)
            cmd.identityHash = QStringLiteral("person-%1").arg(m_rng.bounded(5));
        cmd.token = QStringLiteral("tok-%1").arg(++m_tokens);
        cmd.actor = QStringLiteral("kiosk");
        return cmd;
    }

    TransferCommand transferCommand(int window)
    {
        static const char *const services[] = {"consult", "business", "cross", "pickup", "nope"};
        TransferCommand cmd;
        cmd.window = window;
        const int roll = m_rng.bounded(100);
        if (roll < 55 || roll >= 95)
            cmd.toService = QString::fromLatin1(services[m_rng.bounded(5)]);
        if (roll >= 55 && roll < 100)
            cmd.toWindow = roll < 90 ? anyWindow() : 0;
        cmd.placement = Placement(m_rng.bounded(3));
        cmd.note = QStringLiteral("note");
        cmd.actor = actor();
        return cmd;
    }

    QString step()
    {
        const int w = anyWindow();
        const QString who = actor();
        Model::Outcome expect;
        Result<Operation> got = EngineError{ErrorCode::InvalidArgument, {}};
        QString actorUsed = who;
        QList<qint64> candidatesBefore;
        const QMap<qint64, Model::Ticket> ticketsBefore = m_model.tickets();

        const int roll = m_rng.bounded(100);
        if (roll < 20) {
            m_op = QStringLiteral("issue");
            const IssueCommand cmd = issueCommand();
            actorUsed = cmd.actor;
            expect = m_model.issue(cmd);
            got = m_engine.issue(cmd);
        } else if (roll < 40) {
            m_op = QStringLiteral("callNext");
            if (m_config.window(w))
                candidatesBefore = m_model.candidates(w);
            expect = m_model.callNext(w, m_clock.now());
            got = m_engine.callNext(w, who);
        } else if (roll < 45) {
            m_op = QStringLiteral("callTicket");
            const qint64 id = anyTicket(TicketState::Waiting);
            expect = m_model.callTicket(w, id);
            got = m_engine.callTicket(w, id, who);
        } else if (roll < 52) {
            m_op = QStringLiteral("startServing");
            expect = m_model.startServing(w);
            got = m_engine.startServing(w, who);
        } else if (roll < 59) {
            m_op = QStringLiteral("finish");
            FinishCommand cmd;
            cmd.window = w;
            cmd.caseType = CaseType(m_rng.bounded(4));
            cmd.actor = who;
            expect = m_model.finish(w);
            got = m_engine.finish(cmd);
        } else if (roll < 65) {
            m_op = QStringLiteral("recall");
            const qint64 current = m_model.windows().value(w).current;
            expect = m_model.recall(w);
            got = m_engine.recall(w, who);
            if (got && current && got.value().ticket.state == TicketState::NoShow)
                ++m_coverage.recallNoShows;
        } else if (roll < 69) {
            m_op = QStringLiteral("noShow");
            expect = m_model.noShow(w);
            got = m_engine.noShow(w, who);
        } else if (roll < 72) {
            m_op = QStringLiteral("park");
            expect = m_model.park(w);
            got = m_engine.park(w, who);
        } else if (roll < 75) {
            m_op = QStringLiteral("unpark");
            const qint64 id = anyTicket(TicketState::Parked);
            expect = m_model.unpark(w, id);
            got = m_engine.unpark(w, id, who);
        } else if (roll < 80) {
            m_op = QStringLiteral("transfer");
            const TransferCommand cmd = transferCommand(w);
            expect = m_model.transfer(cmd);
            got = m_engine.transfer(cmd);
        } else if (roll < 84) {
            m_op = QStringLiteral("reactivate");
            const qint64 id = anyTicket(TicketState::NoShow);
            std::optional<Placement> p;
            if (m_rng.bounded(2))
                p = Placement(m_rng.bounded(3));
            expect = m_model.reactivate(id, p);
            got = m_engine.reactivate(id, p, who);
        } else if (roll < 87) {
            m_op = QStringLiteral("cancel");
            const qint64 id = anyTicket(TicketState::Waiting);
            expect = m_model.cancel(id);
            got = m_engine.cancel(id, who);
        } else if (roll < 93) {
            m_op = QStringLiteral("openWindow");
            const QString staff = m_rng.bounded(100) < 3 ? QString() : QStringLiteral("s%1").arg(m_rng.bounded(6));
            actorUsed = staff;
            expect = m_model.openWindow(w, staff);
            got = m_engine.openWindow(w, staff);
        } else if (roll < 95) {
            m_op = QStringLiteral("closeWindow");
            expect = m_model.closeWindow(w);
            got = m_engine.closeWindow(w, who);
        } else if (roll < 98) {
            m_op = QStringLiteral("pauseWindow");
            expect = m_model.pauseWindow(w);
            got = m_engine.pauseWindow(w, PauseReason(m_rng.bounded(4)), QStringLiteral("n"), who);
        } else {
            m_op = QStringLiteral("resumeWindow");
            expect = m_model.resumeWindow(w);
            got = m_engine.resumeWindow(w, who);
        }

        const EngineState after = m_engine.state();
        QString failure = checkOutcome(expect, got, after, actorUsed);
        if (failure.isEmpty() && got && m_op == QStringLiteral("callNext"))
            failure = checkArbitration(ticketsBefore, candidatesBefore, got.value().ticket.id);
        if (failure.isEmpty())
            failure = checkInvariants(after);
        m_model.noteDueCompetition();
        m_before = after;
        return failure;
    }

    QString checkOutcome(const Model::Outcome &expect, const Result<Operation> &got, const EngineState &after,
                         const QString &actorUsed)
    {
        if (expect.error) {
            if (got.ok())
                return QStringLiteral("engine accepted; model expected %1").arg(toString(*expect.error));
            if (got.error().code != *expect.error)
                return QStringLiteral("engine said %1 (%2); model expected %3")
                    .arg(toString(got.error().code), got.error().message, toString(*expect.error));
            ++m_coverage.rejected[toString(got.error().code)];
            if (const QString d = diffState(m_before, after); !d.isEmpty())
                return QStringLiteral("a rejected operation changed %1").arg(d);
            return {};
        }
        if (!got.ok())
            return QStringLiteral("engine rejected (%1: %2); model accepted")
                .arg(toString(got.error().code), got.error().message);
        ++m_coverage.succeeded[m_op];
        const Operation &op = got.value();
        if (m_op == QStringLiteral("issue") && op.ticket.id != expect.ticket)
            return QStringLiteral("issued #%1, model #%2").arg(op.ticket.id).arg(expect.ticket);
        if (m_op == QStringLiteral("callNext")) {
            const QString tier = op.changes.events.value(0).detail.value(QStringLiteral("reason")).toString();
            if (op.ticket.id != expect.ticket || tier != expect.tier)
                return QStringLiteral("called #%1 as %2, model #%3 as %4")
                    .arg(QString::number(op.ticket.id), tier, QString::number(expect.ticket), expect.tier);
            ++m_coverage.callTiers[tier];
        }
        // Events: consecutive ids from the last one, stamped now, by the actor.
        qint64 expectedId = m_before.lastEventId;
        for (const Event &e : op.changes.events) {
            if (e.id != ++expectedId)
                return QStringLiteral("event id %1, expected %2").arg(e.id).arg(expectedId);
            if (e.at != m_clock.now() || e.actor != actorUsed)
                return QStringLiteral("event %1 has the wrong time or actor").arg(e.id);
        }
        if (op.changes.events.isEmpty() && m_op != QStringLiteral("openWindow"))
            return QStringLiteral("a successful operation journalled nothing");
        // The ChangeSet holds every row that changed: storage replays it to the same state.
        if (const QString d = diffState(applyChanges(m_before, op.changes), after); !d.isEmpty())
            return QStringLiteral("ChangeSet incomplete: %1").arg(d);
        return {};
    }

    // FIFO and due-first, derived from the model's view before the call.
    QString checkArbitration(const QMap<qint64, Model::Ticket> &before, const QList<qint64> &candidates, qint64 chosen)
    {
        const Model::Ticket &x = before[chosen];
        const int w = m_engine.ticket(chosen)->window;
        const auto untouched = [](const Model::Ticket &t) {
            return t.transfers == 0 && t.wait == 0 && t.order == t.issueOrder && t.target == 0;
        };
        for (qint64 id : candidates) {
            const Model::Ticket &y = before[id];
            if (id == chosen)
                continue;
            if (m_model.isDue(y) && !(m_model.isDue(x) && x.issueOrder < y.issueOrder))
                return QStringLiteral("due #%1 passed over by #%2").arg(id).arg(chosen);
            const bool sameLine = y.service == x.service && y.cls == x.cls && y.target == x.target &&
                                  m_model.tier(y, w, m_clock.now()) == m_model.tier(x, w, m_clock.now());
            if (sameLine && !m_model.isDue(x) && x.cls != TicketClass::Appointment && y.order < x.order)
                return QStringLiteral("#%1 called before #%2 of the same line").arg(chosen).arg(id);
            if (x.cls == TicketClass::Normal && y.cls == TicketClass::Normal && untouched(x) && untouched(y) &&
                y.service == x.service && !m_model.isDue(x) && y.issueOrder < x.issueOrder)
                return QStringLiteral("later-issued #%1 called before #%2").arg(chosen).arg(id);
        }
        return {};
    }

    QString checkInvariants(const EngineState &s)
    {
        // A ticket is current at one window at most, and a window has one ticket at most.
        QHash<qint64, int> currentAt;
        for (const WindowStatus &w : s.windows) {
            if (w.currentTicket == 0)
                continue;
            if (currentAt.contains(w.currentTicket))
                return QStringLiteral("#%1 current at two windows").arg(w.currentTicket);
            currentAt.insert(w.currentTicket, w.number);
        }
        QSet<QString> numbers;
        const int limit = m_config.rules.agingLimit;
        for (const Ticket &t : s.tickets) {
            const bool atWindow = t.state == TicketState::Called || t.state == TicketState::Serving;
            if (atWindow != currentAt.contains(t.id) || (atWindow && currentAt.value(t.id) != t.window))
                return QStringLiteral("#%1 is %2 but window %3 disagrees").arg(QString::number(t.id), toString(t.state),
                                                                              QString::number(t.window));
            const QString key = t.serviceId + u'/' + t.businessDay.toString(Qt::ISODate) + u'/' + t.number;
            if (numbers.contains(key))
                return QStringLiteral("number %1 issued twice").arg(t.number);
            numbers.insert(key);

            const auto m = m_model.tickets().find(t.id);
            if (m == m_model.tickets().end())
                return QStringLiteral("#%1 unknown to the model").arg(t.id);
            if (m->state != t.state || m->service != t.serviceId || m->order != t.order || m->bypass != t.bypassCount ||
                m->target != t.targetWindow || m->window != t.window || m->firstWindow != t.firstWindow ||
                m->recalls != t.recallCount || m->transfers != t.transferCount || m->number != t.number ||
                m->issueOrder != t.issueOrder)
                return QStringLiteral("#%1 differs from the model").arg(t.id);
            // The aging bound (docs/engine.md).
            if (t.state == TicketState::Waiting &&
                t.bypassCount > limit + m->dueAheadWhileDue.size() + m->explicitPassesWhileDue)
                return QStringLiteral("#%1 passed over %2 times (limit %3 + %4 due ahead + %5 explicit)")
                    .arg(t.id)
                    .arg(t.bypassCount)
                    .arg(limit)
                    .arg(m->dueAheadWhileDue.size())
                    .arg(m->explicitPassesWhileDue);
        }
        if (s.tickets.size() != m_model.tickets().size())
            return QStringLiteral("the model holds %1 tickets, the engine %2")
                .arg(m_model.tickets().size())
                .arg(s.tickets.size());
        for (const WindowStatus &w : s.windows) {
            const Model::Window mw = m_model.windows().value(w.number);
            if (mw.state != w.state || mw.current != w.currentTicket || mw.staff != w.staffId)
                return QStringLiteral("window %1 differs from the model").arg(w.number);
        }
        // The running per-service figures agree with a recount of the rows.
        const QDate today = m_engine.currentBusinessDay();
        for (const ServiceConfig &service : m_config.services) {
            int waiting = 0, finished = 0;
            for (const Ticket &t : s.tickets) {
                if (t.serviceId != service.id || t.businessDay != today)
                    continue;
                waiting += t.state == TicketState::Waiting;
                finished += t.state == TicketState::Finished;
            }
            if (m_engine.waitingCount(service.id) != waiting || m_engine.servedToday(service.id) != finished)
                return QStringLiteral("figures of %1: waiting %2/%3, served %4/%5 (engine/recount)")
                    .arg(service.id)
                    .arg(m_engine.waitingCount(service.id))
                    .arg(waiting)
                    .arg(m_engine.servedToday(service.id))
                    .arg(finished);
        }
        return {};
    }

    QRandomGenerator m_rng;
    HallConfig m_config;
    ManualClock m_clock;
    Engine m_engine;
    Model m_model;
    Coverage &m_coverage;
    EngineState m_before;
    QString m_op;
    int m_step = 0;
    int m_tokens = 0;
};

quint32 envNumber(const char *name, quint32 fallback)
{
    bool ok = false;
    const quint32 v = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? v : fallback;
}

} // namespace

TEST_CASE("random operation sequences keep the engine's invariants", "[engine][property]")
{
    const quint32 base = envNumber("HALLQ_ENGINE_SEED", 20260302u);
    const quint32 runs = envNumber("HALLQ_ENGINE_RUNS", 3000u);
    const int steps = 120;
    Coverage coverage;
    for (quint32 i = 0; i < runs; ++i) {
        const quint32 seed = base + i;
        PropertyRun run(seed, coverage);
        const QString failure = run.run(steps);
        if (!failure.isEmpty())
            FAIL("seed " << seed << ": " << failure.toStdString() << "\n  reproduce: HALLQ_ENGINE_SEED=" << seed
                         << " HALLQ_ENGINE_RUNS=1 test_engine \"[property]\"");
    }
    // The sequences reached what they were meant to exercise.
    if (runs >= 100) {
        for (const char *op : {"issue", "callNext", "callTicket", "startServing", "finish", "recall", "noShow", "park",
                               "unpark", "transfer", "reactivate", "cancel", "openWindow", "closeWindow",
                               "pauseWindow", "resumeWindow"}) {
            INFO(op);
            CHECK(coverage.succeeded.value(QString::fromLatin1(op)) > 10);
        }
        for (const char *tier : {"due", "green", "targeted", "appointment", "queue"}) {
            INFO(tier);
            CHECK(coverage.callTiers.value(QString::fromLatin1(tier)) > 10);
        }
        for (ErrorCode code : {ErrorCode::WrongState, ErrorCode::WindowNotOpen, ErrorCode::WindowBusy,
                               ErrorCode::WindowPaused, ErrorCode::WindowIdle, ErrorCode::NotServedHere,
                               ErrorCode::NothingWaiting, ErrorCode::SoldOut, ErrorCode::RealNameLimit,
                               ErrorCode::RealNameRequired, ErrorCode::StaffAlreadyOpen, ErrorCode::ClassNotAccepted,
                               ErrorCode::UnknownTicket, ErrorCode::UnknownWindow, ErrorCode::UnknownService,
                               ErrorCode::InvalidArgument}) {
            INFO(toString(code).toStdString());
            CHECK(coverage.rejected.value(toString(code)) > 0);
        }
        CHECK(coverage.recallNoShows > 10);
    }
}
