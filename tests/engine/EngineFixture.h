#pragma once

#include "StateDiff.h"
#include "TestHall.h"

#include "engine/Engine.h"
#include "engine/ManualClock.h"

#include <catch2/catch.hpp>

namespace hallq::engine::test {

// The ids of tickets, in their order: what most ordering checks compare.
inline QList<qint64> ids(const QList<Ticket> &tickets)
{
    QList<qint64> result;
    for (const Ticket &t : tickets)
        result.append(t.id);
    return result;
}

// An engine on a manual clock (Monday 2026-03-02 09:00 in the hall) with
// short-hand for the steps most tests take.
struct EngineFixture
{
    explicit EngineFixture(HallConfig config = makeHall(), QDateTime start = local(2026, 3, 2, 9, 0))
        : clock(start), engine(std::move(config), clock)
    {
    }

    IssueCommand command(const char *serviceId, TicketClass cls = TicketClass::Normal)
    {
        IssueCommand cmd;
        cmd.serviceId = QString::fromUtf8(serviceId);
        cmd.ticketClass = cls;
        cmd.token = QStringLiteral("tok-%1").arg(++tokens);
        cmd.actor = QStringLiteral("kiosk-1");
        if (engine.config().service(cmd.serviceId) && engine.config().service(cmd.serviceId)->realName)
            cmd.identityHash = QStringLiteral("id-%1").arg(tokens); // a different person each time
        return cmd;
    }

    Ticket issue(const char *serviceId, TicketClass cls = TicketClass::Normal)
    {
        return issue(command(serviceId, cls));
    }

    Ticket issue(const IssueCommand &cmd)
    {
        auto r = engine.issue(cmd);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value().ticket;
    }

    void open(int window)
    {
        auto r = engine.openWindow(window, QStringLiteral("staff-%1").arg(window));
        REQUIRE(r.ok());
    }

    Ticket callNext(int window)
    {
        auto r = engine.callNext(window, actor(window));
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value().ticket;
    }

    // Calls, serves and finishes the next ticket at the window.
    Ticket serveNext(int window)
    {
        const Ticket t = callNext(window);
        REQUIRE(engine.startServing(window, actor(window)).ok());
        FinishCommand f;
        f.window = window;
        f.actor = actor(window);
        REQUIRE(engine.finish(f).ok());
        return t;
    }

    Ticket ticket(qint64 id) const
    {
        const Ticket *t = engine.ticket(id);
        REQUIRE(t);
        return *t;
    }

    static QString actor(int window) { return QStringLiteral("staff-%1").arg(window); }

    template <class Op>
    void expectRejected(ErrorCode code, Op &&op)
    {
        const EngineState before = engine.state();
        const auto r = op();
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(toString(r.error().code).toStdString() == toString(code).toStdString());
        CHECK_FALSE(r.error().message.isEmpty());
        const QString diff = diffState(before, engine.state());
        INFO(diff.toStdString());
        CHECK(diff.isEmpty());
    }

    ManualClock clock;
    Engine engine;
    int tokens = 0;
};

} // namespace hallq::engine::test
