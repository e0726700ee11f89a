#include "SampleHall.h"
#include "ScriptedServer.h"
#include "WaitFor.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWebSocket>
#include "CatchQtStrings.h"

#include <catch2/catch.hpp>

using namespace hallq;
using namespace hallq::client;
using namespace hallq::client::test;
using protocol::Envelope;
using protocol::ErrorCode;
using State = HallSession::State;
using std::chrono::milliseconds;

namespace {

template<class Reply>
struct Result
{
    std::optional<std::variant<Reply, protocol::Error>> value;
    bool done() const { return value.has_value(); }
    const protocol::Error &error() const { return std::get<protocol::Error>(*value); }
    const Reply &reply() const { return std::get<Reply>(*value); }
};

template<class Req>
auto track(HallSession &session, const Req &req)
{
    auto result = std::make_shared<Result<HallSession::ReplyOf<Req>>>();
    session.request(req, [result](auto r) { result->value = std::move(r); });
    return result;
}

protocol::TicketReply ticketReply(qint64 id, const QString &number)
{
    protocol::TicketReply r;
    r.ticket.id = id;
    r.ticket.number = number;
    r.ticket.serviceId = QStringLiteral("A");
    r.ticket.issuedAt = QDateTime::currentDateTimeUtc();
    return r;
}

protocol::TicketGetRequest getTicket(qint64 id)
{
    protocol::TicketGetRequest r;
    r.ticketId = id;
    return r;
}

protocol::CallNextRequest callNext(int window)
{
    protocol::CallNextRequest r;
    r.window = window;
    return r;
}

// A server with a two-service hall, and a session pointed at it with short
// timers so failure paths finish in milliseconds.
struct SessionFixture
{
    // Declared first so they outlive the session that reports into them.
    QList<State> states;
    QList<std::pair<qint64, EventOrigin>> calls; // (ticket id, origin) of every call event
    ScriptedServer server;
    HallSession session;

    SessionFixture()
    {
        server.snapshot = snapshot(QStringLiteral("E1"), QDateTime::currentDateTimeUtc());
        server.setSeq(10);
        REQUIRE(server.listen());
        session.setServerUrl(server.url());
        session.setStaffCredentials(QStringLiteral("s001"), QStringLiteral("secret"));
        session.setClientInfo(QStringLiteral("hallq-test"), QStringLiteral("1.2.3"));
        session.setPingInterval(milliseconds(0));
        session.backoff().setRange(milliseconds(20), milliseconds(80));
        session.backoff().setJitter(0);
        QObject::connect(&session, &HallSession::stateChanged, [this](State s) { states.append(s); });
        QObject::connect(&session, &HallSession::callEvent, [this](const protocol::CallEvent &e, EventOrigin o) {
            calls.append({e.call.ticketId, o});
        });
    }

    void startReady()
    {
        session.start();
        REQUIRE(waitFor([&] { return session.isReady(); }));
    }

    // A call.next the server has received and will never answer.
    std::shared_ptr<Result<protocol::TicketReply>> sendUnanswered(int window)
    {
        server.hold(QStringLiteral("call.next"));
        startReady();
        auto result = track(session, callNext(window));
        REQUIRE(waitFor([&] { return server.receivedOf(QStringLiteral("call.next")).size() == 1; }));
        return result;
    }
};

} // namespace

TEST_CASE("the handshake goes hello, auth.login, subscribe, then Ready", "[client][session]")
{
    SessionFixture f;
    QList<protocol::HallSnapshot> snapshots;
    QObject::connect(&f.session, &HallSession::snapshotReceived,
                     [&](const protocol::HallSnapshot &s) { snapshots.append(s); });
    f.startReady();

    QStringList types;
    for (const Envelope &e : f.server.received)
        types.append(e.type);
    CHECK(types == QStringList{QStringLiteral("hello"), QStringLiteral("auth.login"), QStringLiteral("subscribe")});
    CHECK(f.states == QList<State>{State::Connecting, State::Authenticating, State::Subscribing, State::Ready});

    const Envelope hello = f.server.received.at(0);
    CHECK(hello.body.value(QLatin1StringView("protocolVersion")).toInt() == protocol::kProtocolVersion);
    CHECK(hello.body.value(QLatin1StringView("client")).toString() == QStringLiteral("hallq-test"));
    CHECK(f.server.received.at(1).body.value(QLatin1StringView("staffId")).toString() == QStringLiteral("s001"));
    const Envelope subscribe = f.server.received.at(2);
    CHECK_FALSE(subscribe.body.contains(QLatin1StringView("epoch"))); // nothing to resume yet
    CHECK(subscribe.body.value(QLatin1StringView("scope")).toString() == QStringLiteral("hall"));

    // Request ids are distinct positive integers.
    CHECK(hello.id > 0);
    CHECK(hello.id != subscribe.id);

    REQUIRE(snapshots.size() == 1);
    CHECK(snapshots.first().windows.size() == 2);
    CHECK(f.session.epoch() == QStringLiteral("E1"));
    CHECK(f.session.lastSeq() == 10);
    REQUIRE(f.session.login().has_value());
    CHECK(f.session.login()->staff.staffId == QStringLiteral("s001"));
}

TEST_CASE("a device authenticates with its token and subscribes to its window", "[client][session]")
{
    SessionFixture f;
    f.session.setDeviceToken(QStringLiteral("tok-123"));
    f.session.setSubscription(QStringLiteral("window"), 3);
    f.startReady();
    REQUIRE(f.server.receivedOf(QStringLiteral("auth.device")).size() == 1);
    CHECK(f.server.receivedOf(QStringLiteral("auth.login")).isEmpty());
    CHECK(f.server.receivedOf(QStringLiteral("auth.device")).first().body.value(QLatin1StringView("token")).toString()
          == QStringLiteral("tok-123"));
    const Envelope subscribe = f.server.receivedOf(QStringLiteral("subscribe")).first();
    CHECK(subscribe.body.value(QLatin1StringView("scope")).toString() == QStringLiteral("window"));
    CHECK(subscribe.body.value(QLatin1StringView("window")).toInt() == 3);
    CHECK(f.session.device()->kind == QStringLiteral("display"));
}

TEST_CASE("replies are matched to their requests by id, in any order", "[client][session]")
{
    SessionFixture f;
    QList<std::pair<QWebSocket *, Envelope>> held;
    f.server.on(QStringLiteral("ticket.get"),
                [&](QWebSocket *peer, const Envelope &request) { held.append({peer, request}); });
    f.startReady();

    auto first = track(f.session, getTicket(101));
    auto second = track(f.session, getTicket(202));
    REQUIRE(waitFor([&] { return held.size() == 2; }));
    // Answer the second first; each reply names the ticket its request asked for.
    for (auto it = held.crbegin(); it != held.crend(); ++it) {
        const qint64 asked = it->second.body.value(QLatin1StringView("ticketId")).toInteger();
        f.server.reply(it->first, it->second, ticketReply(asked, QStringLiteral("T%1").arg(asked)));
    }
    REQUIRE(waitFor([&] { return first->done() && second->done(); }));
    CHECK(first->reply().ticket.id == 101);
    CHECK(second->reply().ticket.id == 202);
}

TEST_CASE("an error reply reaches the callback as a typed Error", "[client][session]")
{
    SessionFixture f;
    f.server.on(QStringLiteral("call.next"), [&](QWebSocket *peer, const Envelope &request) {
        f.server.replyError(peer, request, ErrorCode::WindowBusy, QStringLiteral("窗口 3 正在办理 A001"));
    });
    f.startReady();
    auto result = track(f.session, callNext(3));
    REQUIRE(waitFor([&] { return result->done(); }));
    CHECK(result->error().code == ErrorCode::WindowBusy);
    CHECK(result->error().message == QStringLiteral("窗口 3 正在办理 A001"));
    CHECK(f.session.isReady()); // a refused command is not a link failure
}

TEST_CASE("a request while not connected fails with unavailable, later, not inside request()",
          "[client][session]")
{
    SessionFixture f;
    auto result = track(f.session, callNext(1));
    CHECK_FALSE(result->done());
    REQUIRE(waitFor([&] { return result->done(); }));
    CHECK(result->error().code == ErrorCode::Unavailable);
    CHECK(result->error().message == QStringLiteral("not connected"));
    CHECK(f.server.receivedOf(QStringLiteral("call.next")).isEmpty()); // not queued for later either
}

TEST_CASE("a request pending when the link drops fails with unavailable", "[client][session]")
{
    SessionFixture f;
    auto result = f.sendUnanswered(1);
    f.server.dropPeers();
    REQUIRE(waitFor([&] { return result->done(); }));
    CHECK(result->error().code == ErrorCode::Unavailable);
    CHECK(result->error().message.startsWith(QStringLiteral("connection lost")));
}

TEST_CASE("an unanswered request times out with unavailable", "[client][session]")
{
    SessionFixture f;
    f.server.hold(QStringLiteral("call.next"));
    f.startReady();
    f.session.setRequestTimeout(milliseconds(50)); // after the handshake: only this request is hurried
    auto result = track(f.session, callNext(1));
    REQUIRE(waitFor([&] { return result->done(); }));
    CHECK(result->error().code == ErrorCode::Unavailable);
    CHECK(result->error().message == QStringLiteral("timeout"));
    CHECK(f.session.isReady());

    // A per-request timeout overrides the session's.
    std::optional<protocol::Error> quick;
    QElapsedTimer clock;
    clock.start();
    f.session.setRequestTimeout(milliseconds(60000));
    f.session.request(callNext(1), nullptr, [&](auto r) { quick = std::get<protocol::Error>(r); }, milliseconds(30));
    REQUIRE(waitFor([&] { return quick.has_value(); }));
    CHECK(quick->message == QStringLiteral("timeout"));
    CHECK(clock.elapsed() < 30000);
}

TEST_CASE("a callback whose context object died is not run", "[client][session]")
{
    SessionFixture f;
    bool ran = false;
    auto *context = new QObject;
    f.session.request(callNext(1), context, [&](auto) { ran = true; });
    delete context;
    bool other = false;
    f.session.request(callNext(1), [&](auto) { other = true; }); // queued after the first
    REQUIRE(waitFor([&] { return other; }));
    CHECK_FALSE(ran);
}

TEST_CASE("after a drop the session backs off, reconnects and resumes from its last seq",
          "[client][session]")
{
    SessionFixture f;
    QList<int> delays;
    QObject::connect(&f.session, &HallSession::reconnectScheduled, [&](int, int ms) { delays.append(ms); });
    QList<bool> subscribed;
    QObject::connect(&f.session, &HallSession::subscribed, [&](bool resumed) { subscribed.append(resumed); });
    f.startReady();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    f.server.broadcast(protocol::CallEvent{call(11, QStringLiteral("A011"), 1, now)});
    f.server.broadcast(protocol::CallEvent{call(12, QStringLiteral("A012"), 1, now)});
    REQUIRE(waitFor([&] { return f.session.lastSeq() == 12; }));

    // The server goes away: three refused attempts, each waiting twice as long (capped).
    const quint16 port = f.server.url().port();
    f.server.shutdown();
    REQUIRE(waitFor([&] { return delays.size() >= 4; }));
    CHECK(delays.mid(0, 4) == QList<int>{20, 40, 80, 80});
    CHECK(f.session.reconnectAttempts() >= 4);
    CHECK(f.session.state() != State::Ready);

    // Meanwhile the hall moved on; the events are waiting in the log.
    f.server.broadcast(protocol::CallEvent{call(13, QStringLiteral("A013"), 2, now)});
    REQUIRE(f.server.listen(port));
    REQUIRE(waitFor([&] { return f.session.isReady() && f.session.lastSeq() == 13; }));

    const Envelope resume = f.server.receivedOf(QStringLiteral("subscribe")).last();
    CHECK(resume.body.value(QLatin1StringView("epoch")).toString() == QStringLiteral("E1"));
    CHECK(resume.body.value(QLatin1StringView("resumeAfter")).toInteger() == 12);
    CHECK(subscribed == QList<bool>{false, true});
    CHECK(f.session.reconnectAttempts() == 0); // reset by Ready

    // Live before the drop, replayed on resume, live again after.
    f.server.broadcast(protocol::CallEvent{call(14, QStringLiteral("A014"), 2, now)});
    REQUIRE(waitFor([&] { return f.calls.size() == 4; }));
    CHECK(f.calls == QList<std::pair<qint64, EventOrigin>>{{11, EventOrigin::Live}, {12, EventOrigin::Live},
                                                         {13, EventOrigin::Replayed}, {14, EventOrigin::Live}});
}

TEST_CASE("a snapshot on resumed=false replaces the mirror's state", "[client][session]")
{
    SessionFixture f;
    HallMirror mirror;
    mirror.attach(&f.session);
    QList<protocol::CallInfo> announced;
    QObject::connect(&mirror, &HallMirror::callAnnounced, [&](const protocol::CallInfo &c) { announced.append(c); });
    f.startReady();
    CHECK_FALSE(mirror.isStale());
    CHECK(mirror.windows()->rowCount() == 2);

    // The server restarts with a new history and a smaller hall.
    f.server.dropPeers();
    REQUIRE(waitFor([&] { return mirror.isStale(); }));
    f.server.restartHistory(QStringLiteral("E2"), 3);
    f.server.snapshot.windows = {window(5, QStringLiteral("calling"))};
    f.server.snapshot.services = {service(QStringLiteral("Z"), QStringLiteral("Z"))};
    f.server.snapshot.queues = {queue(QStringLiteral("Z"), 9)};
    f.server.snapshot.recentCalls = {call(40, QStringLiteral("Z001"), 5, QDateTime::currentDateTimeUtc())};
    REQUIRE(waitFor([&] { return f.session.isReady() && f.session.epoch() == QStringLiteral("E2"); }));

    // It asked to resume E1 and got a snapshot instead.
    const Envelope resume = f.server.receivedOf(QStringLiteral("subscribe")).last();
    CHECK(resume.body.value(QLatin1StringView("epoch")).toString() == QStringLiteral("E1"));
    CHECK(f.session.lastSeq() == 3);
    CHECK_FALSE(mirror.isStale());
    REQUIRE(mirror.windows()->rowCount() == 1);
    CHECK(mirror.window(5)->state == QStringLiteral("calling"));
    REQUIRE(mirror.services()->rowCount() == 1);
    CHECK(mirror.queue(QStringLiteral("Z"))->waiting == 9);
    REQUIRE(mirror.recentCalls()->rowCount() == 1);
    CHECK(announced.isEmpty()); // the snapshot's call is history

    // Events of the new epoch flow into the mirror; a live call is announced.
    f.server.broadcast(protocol::CallEvent{call(41, QStringLiteral("Z002"), 5, QDateTime::currentDateTimeUtc())});
    REQUIRE(waitFor([&] { return announced.size() == 1; }));
    CHECK(announced.first().ticketNumber == QStringLiteral("Z002"));
    CHECK(f.session.lastSeq() == 4);
}

TEST_CASE("resume_unavailable makes the session subscribe afresh", "[client][session]")
{
    SessionFixture f;
    f.startReady();
    int attempts = 0;
    f.server.on(QStringLiteral("subscribe"), [&](QWebSocket *peer, const Envelope &request) {
        if (request.body.contains(QLatin1StringView("epoch")) && attempts++ == 0) {
            f.server.replyError(peer, request, ErrorCode::ResumeUnavailable, QStringLiteral("too old"));
            return;
        }
        protocol::SubscribeReply reply;
        reply.seq = 20;
        reply.snapshot = f.server.snapshot;
        reply.snapshot->epoch = QStringLiteral("E9");
        reply.snapshot->seq = 20;
        f.server.reply(peer, request, reply);
    });
    f.server.dropPeers();
    REQUIRE(waitFor([&] { return f.session.isReady() && f.session.epoch() == QStringLiteral("E9"); }));
    const auto subscribes = f.server.receivedOf(QStringLiteral("subscribe"));
    REQUIRE(subscribes.size() == 3);
    CHECK(subscribes.at(1).body.value(QLatin1StringView("epoch")).toString() == QStringLiteral("E1"));
    CHECK_FALSE(subscribes.at(2).body.contains(QLatin1StringView("epoch")));
    CHECK(f.session.lastSeq() == 20);
}

TEST_CASE("duplicate or already-seen events are dropped", "[client][session]")
{
    SessionFixture f;
    QList<qint64> seqs;
    QObject::connect(&f.session, &HallSession::eventReceived, [&](const Envelope &e) { seqs.append(e.seq); });
    f.startReady();
    QWebSocket *peer = f.server.peers().first();
    const auto event = [](qint64 seq) {
        return protocol::makeEvent(protocol::QueueEvent{queue(QStringLiteral("A"), 1)}, seq);
    };
    f.server.send(peer, event(9));  // older than the snapshot (seq 10)
    f.server.send(peer, event(11));
    f.server.send(peer, event(11));
    f.server.send(peer, event(12));
    REQUIRE(waitFor([&] { return f.session.lastSeq() == 12; }));
    CHECK(seqs == QList<qint64>{11, 12});
}

TEST_CASE("a refused login stops the session instead of retrying", "[client][session]")
{
    SessionFixture f;
    f.server.on(QStringLiteral("auth.login"), [&](QWebSocket *peer, const Envelope &request) {
        f.server.replyError(peer, request, ErrorCode::AuthFailed, QStringLiteral("wrong staff id or password"));
    });
    QList<int> reconnects;
    QObject::connect(&f.session, &HallSession::reconnectScheduled, [&](int n, int) { reconnects.append(n); });
    f.session.start();
    REQUIRE(waitFor([&] { return f.session.lastError().has_value(); }));
    REQUIRE(waitFor([&] { return f.session.state() == State::Disconnected; }));
    CHECK(f.session.lastError()->code == ErrorCode::AuthFailed);
    CHECK(reconnects.isEmpty());
    CHECK(f.server.receivedOf(QStringLiteral("subscribe")).isEmpty());
}

TEST_CASE("a server speaking another protocol version is refused", "[client][session]")
{
    SessionFixture f;
    f.server.on(QStringLiteral("hello"), [&](QWebSocket *peer, const Envelope &request) {
        protocol::HelloReply hello;
        hello.protocolVersion = protocol::kProtocolVersion + 1;
        hello.maxFrameBytes = 1024;
        f.server.reply(peer, request, hello);
    });
    f.session.start();
    REQUIRE(waitFor([&] { return f.session.lastError().has_value(); }));
    CHECK(f.session.lastError()->code == ErrorCode::VersionMismatch);
    CHECK(f.server.receivedOf(QStringLiteral("auth.login")).isEmpty());
}

TEST_CASE("the keepalive ping detects a dead link and reconnects", "[client][session]")
{
    SessionFixture f;
    // The first link is half-open for pings (the server never answers them);
    // the second one answers.
    f.server.on(QStringLiteral("ping"), [&](QWebSocket *peer, const Envelope &request) {
        if (f.server.connectionCount() > 1)
            f.server.reply(peer, request, protocol::PingReply{QDateTime::currentDateTimeUtc()});
    });
    QList<protocol::Error> errors;
    qsizetype pingsBeforeError = -1;
    QObject::connect(&f.session, &HallSession::errorOccurred, [&](const protocol::Error &e) {
        if (errors.isEmpty())
            pingsBeforeError = f.server.receivedOf(QStringLiteral("ping")).size();
        errors.append(e);
        f.session.setRequestTimeout(milliseconds(5000)); // the reconnect may take its time
    });
    f.session.setRequestTimeout(milliseconds(100));
    f.session.setPingInterval(milliseconds(20));
    f.startReady();
    REQUIRE(waitFor([&] { return f.server.connectionCount() >= 2 && f.session.isReady(); }));
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(pingsBeforeError >= 1);
    CHECK(errors.first().code == ErrorCode::Unavailable);
    CHECK(errors.first().message == QStringLiteral("timeout"));

    // Answered pings keep the new link up.
    const qsizetype pings = f.server.receivedOf(QStringLiteral("ping")).size();
    REQUIRE(waitFor([&] { return f.server.receivedOf(QStringLiteral("ping")).size() >= pings + 3; }));
    CHECK(f.session.isReady());
    CHECK(f.server.connectionCount() == 2);
}

TEST_CASE("stop fails what is pending and does not reconnect", "[client][session]")
{
    SessionFixture f;
    auto result = f.sendUnanswered(2);
    f.session.stop();
    CHECK(result->done()); // failed right there, by stop()
    CHECK(result->error().code == ErrorCode::Unavailable);
    CHECK(f.session.state() == State::Disconnected);
    const int connections = f.server.connectionCount();
    auto probe = track(f.session, callNext(2)); // runs one event-loop turn later
    REQUIRE(waitFor([&] { return probe->done(); }));
    CHECK(f.server.connectionCount() == connections);
}

TEST_CASE("start without credentials is a configuration error", "[client][session]")
{
    HallSession session;
    session.setServerUrl(QUrl(QStringLiteral("ws://127.0.0.1:1/ws")));
    session.start();
    REQUIRE(session.lastError().has_value());
    CHECK(session.lastError()->code == ErrorCode::InvalidArgument);
    CHECK(session.state() == State::Disconnected);
}

TEST_CASE("events sent before the subscribe reply count as history, ordered against the snapshot",
          "[client][session]")
{
    SessionFixture f;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    f.server.on(QStringLiteral("subscribe"), [&](QWebSocket *peer, const Envelope &request) {
        // A server that replays first and answers after: seq 10 is inside the
        // snapshot (dropped), 11 is newer (kept, but not news).
        f.server.send(peer, protocol::makeEvent(protocol::CallEvent{call(10, QStringLiteral("A010"), 1, now)}, 10));
        f.server.send(peer, protocol::makeEvent(protocol::CallEvent{call(11, QStringLiteral("A011"), 1, now)}, 11));
        protocol::SubscribeReply reply;
        reply.seq = 10;
        reply.snapshot = f.server.snapshot;
        reply.snapshot->seq = 10;
        f.server.reply(peer, request, reply);
    });
    f.startReady();
    REQUIRE(waitFor([&] { return f.session.lastSeq() == 11; }));
    CHECK(f.calls == QList<std::pair<qint64, EventOrigin>>{{11, EventOrigin::Replayed}});
}

TEST_CASE("stopping from a stateChanged handler leaves the session cleanly stopped", "[client][session]")
{
    SessionFixture f;
    QObject::connect(&f.session, &HallSession::stateChanged, &f.session, [&](State s) {
        if (s == State::Subscribing)
            f.session.stop();
    });
    int reconnects = 0;
    QObject::connect(&f.session, &HallSession::reconnectScheduled, [&] { ++reconnects; });
    f.session.start();
    REQUIRE(waitFor([&] { return f.states.contains(State::Subscribing); }));
    auto probe = track(f.session, callNext(1));
    REQUIRE(waitFor([&] { return probe->done(); }));
    CHECK(f.session.state() == State::Disconnected);
    CHECK_FALSE(f.states.contains(State::Ready));
    CHECK(reconnects == 0);
}
