#include "net/SessionHandlers.h"

#include "net/Credentials.h"
#include "net/HallCore.h"
#include "net/NetLog.h"
#include "protocol/Version.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace hallq::net {

using protocol::Error;
using protocol::ErrorCode;

namespace {
// Argon2id takes ~64 MiB and tens of ms per check: a few at a time, and a
// bounded queue, so a flood of log-ins cannot starve the machine.
constexpr int kVerifierThreads = 2;
constexpr int kMaxPendingLogins = 256; // a whole hall logging in at opening time
} // namespace

SessionHandlers::SessionHandlers(ServerContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_dummyHash(Credentials::hashPassword(Credentials::randomToken()))
{
    m_clock.start();
    m_verifiers.setMaxThreadCount(kVerifierThreads);
}

void SessionHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::HelloRequest &r)
{
    if (r.protocolVersion != protocol::kProtocolVersion) {
        c.fail(e, {ErrorCode::VersionMismatch, QStringLiteral("this server speaks protocol %1, the client %2")
                                                   .arg(protocol::kProtocolVersion).arg(r.protocolVersion)});
        return;
    }
    c.setGreeted();
    protocol::HelloReply reply;
    reply.protocolVersion = protocol::kProtocolVersion;
    reply.server = QStringLiteral("hallq-server");
    reply.serverVersion = QCoreApplication::applicationVersion();
    // Only what both sides know is in force.
    QStringList agreed;
    for (const auto &f : r.features)
        if (f == QStringLiteral("resume"))
            agreed.append(f);
    reply.features = agreed;
    reply.hallId = m_context.core.engine().config().id;
    reply.hallName = m_context.core.engine().config().name;
    reply.maxFrameBytes = int(m_context.limits.message.maxFrameBytes);
    c.reply(e, reply);
}

void SessionHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AuthLoginRequest &r)
{
    if (c.principal().authenticated()) {
        c.fail(e, {ErrorCode::AlreadyAuthenticated, QStringLiteral("this connection is already authenticated")});
        return;
    }
    if (c.loginInFlight() || m_loginsInFlight >= kMaxPendingLogins) {
        c.fail(e, {ErrorCode::AuthThrottled, QStringLiteral("a log-in is already being checked: wait for its answer")});
        return;
    }
    const qint64 now = m_clock.elapsed();
    const qint64 wait = m_throttle.retryAfterMs(r.staffId, now);
    if (wait > 0) {
        c.fail(e, {ErrorCode::AuthThrottled,
                   QStringLiteral("too many failed log-ins for %1: try again in %2 s").arg(r.staffId).arg((wait + 999) / 1000)});
        return;
    }
    // Counted against the free attempts while it runs, so attempts made in
    // parallel (on other connections) cannot slip past the lock.
    m_throttle.begin(r.staffId);
    const auto account = m_context.store.findStaff(r.staffId);
    const bool known = account && account->active;
    const QString storedHash = known ? account->passwordHash : m_dummyHash;
    ++m_loginsInFlight;
    c.setLoginInFlight(true);
    // Argon2id takes tens of milliseconds: verify off the event loop so other
    // clients are not held up, then come back to the main thread.
    QPointer<ClientConnection> connection(&c);
    m_verifiers.start([this, connection, e, staffId = r.staffId, password = r.password, storedHash, known] {
        const bool ok = Credentials::verifyPassword(password, storedHash) && known;
        QMetaObject::invokeMethod(this, [=, this] {
            --m_loginsInFlight;
            if (connection)
                connection->setLoginInFlight(false);
            m_throttle.finish(staffId, ok, m_clock.elapsed());
            loginChecked(connection, e, staffId, ok);
        }, Qt::QueuedConnection);
    });
}

void SessionHandlers::loginChecked(QPointer<ClientConnection> c, const protocol::Envelope &e, const QString &staffId,
                                   bool ok)
{
    if (!ok) {
        qCInfo(lcNet) << "failed log-in for staff" << staffId;
        // Guessing stays slow even within the free attempts.
        QTimer::singleShot(m_context.authFailureDelayMs, this, [c, e] {
            if (c)
                c->fail(e, {ErrorCode::AuthFailed, QStringLiteral("wrong staff id or password")});
        });
        return;
    }
    if (!c)
        return;
    const auto account = m_context.store.findStaff(staffId);
    const auto roles = account ? protocol::rolesFromStringList(account->roles) : std::nullopt;
    if (!account || !roles) {
        c->fail(e, {ErrorCode::AuthFailed, QStringLiteral("the account of %1 has unknown roles").arg(staffId)});
        return;
    }
    Principal &p = c->principal();
    p.kind = Principal::Kind::Staff;
    p.id = account->staffId;
    p.name = account->name;
    p.departmentId = account->departmentId;
    // Staff roles only: a staff account can never act as a kiosk or display device.
    p.roles = *roles & ~protocol::Roles(protocol::Role::Kiosk | protocol::Role::Display);
    m_context.core.rememberStaffName(p.id, p.name);
    protocol::LoginReply reply;
    reply.staff = {p.id, p.name, p.departmentId, protocol::toStringList(p.roles)};
    c->reply(e, reply);
}

void SessionHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AuthDeviceRequest &r)
{
    if (c.principal().authenticated()) {
        c.fail(e, {ErrorCode::AlreadyAuthenticated, QStringLiteral("this connection is already authenticated")});
        return;
    }
    const auto device = m_context.store.findDeviceByTokenHash(Credentials::hashToken(r.token));
    const auto role = device ? protocol::roleFromString(device->kind) : std::nullopt;
    if (!device || device->revoked || !role || (*role != protocol::Role::Kiosk && *role != protocol::Role::Display)) {
        qCInfo(lcNet) << "refused device token from" << c.peer();
        c.fail(e, {ErrorCode::AuthFailed, QStringLiteral("unknown or revoked device token")}, true);
        return;
    }
    Principal &p = c.principal();
    p.kind = Principal::Kind::Device;
    p.id = device->deviceId;
    p.name = device->name;
    p.roles = *role;
    c.reply(e, protocol::DeviceReply{device->deviceId, device->kind, device->name});
}

void SessionHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::PingRequest &)
{
    c.reply(e, protocol::PingReply{m_context.core.engine().clock().now()});
}

void SessionHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::SubscribeRequest &r)
{
    const int window = r.scope == QStringLiteral("window") ? r.window : 0;
    if (r.scope == QStringLiteral("window") && !m_context.core.engine().config().window(window)) {
        c.fail(e, {ErrorCode::UnknownWindow, QStringLiteral("there is no window %1").arg(r.window)});
        return;
    }
    EventHub &hub = m_context.core.hub();
    // A snapshot is taken now, at seq S0, from a state that may include changes
    // still on their way to disk; it is sent only once they are durable,
    // followed by every event after S0 and then the live stream.
    const bool resume = r.epoch && r.resumeAfter > 0 && hub.canResume(*r.epoch, r.resumeAfter);
    std::optional<protocol::HallSnapshot> snapshotNow;
    if (!resume)
        snapshotNow = snapshot();
    const qint64 replayAfter = resume ? r.resumeAfter : snapshotNow->seq;
    QPointer<ClientConnection> connection(&c);
    m_context.core.afterPending([this, connection, e, window, snapshotNow, replayAfter] {
        if (!connection || connection->closing())
            return;
        EventHub &hub = m_context.core.hub();
        protocol::SubscribeReply reply;
        reply.resumed = !snapshotNow.has_value();
        reply.snapshot = snapshotNow;
        // On resume the hall's latest seq: the missed events up to it follow as
        // history, so a board does not voice them late. With a snapshot, S0:
        // what happened since it was taken is news.
        reply.seq = snapshotNow ? snapshotNow->seq : hub.seq();
        connection->reply(e, reply);
        if (!hub.canResume(hub.epoch(), replayAfter)) {
            // The ring moved past the point (a flood of events): start afresh.
            connection->close(QStringLiteral("fell behind, reconnect for a fresh snapshot"));
            return;
        }
        for (const QString &frame : hub.framesAfter(replayAfter, window))
            connection->sendFrame(frame);
        ClientConnection *raw = connection.data();
        const quintptr key = raw->key();
        hub.subscribe(key, {window, [raw](const QString &frame) { raw->sendFrame(frame); }});
        // However the connection ends, the hub must not keep its pointer.
        connect(raw, &QObject::destroyed, this, [this, key] { m_context.core.hub().unsubscribe(key); });
    });
}

void SessionHandlers::forget(ClientConnection &c)
{
    m_context.core.hub().unsubscribe(c.key());
}

protocol::HallSnapshot SessionHandlers::snapshot() const
{
    const auto &engine = m_context.core.engine();
    const auto &hub = m_context.core.hub();
    const InfoBuilder info = m_context.core.info();
    protocol::HallSnapshot s;
    s.hallId = engine.config().id;
    s.hallName = engine.config().name;
    s.hallNameEn = engine.config().nameEn;
    s.serverTime = engine.clock().now();
    s.epoch = hub.epoch();
    s.seq = hub.seq();
    s.services = info.services();
    s.queues = info.queues();
    s.windows = info.windows();
    for (const QJsonObject &body : hub.recentBodies(QStringLiteral("event.call"), 20)) {
        auto decoded = protocol::decode<protocol::CallEvent>(body, protocol::Limits::forServerMessages());
        if (auto *call = std::get_if<protocol::CallEvent>(&decoded))
            s.recentCalls.append(call->call);
    }
    return s;
}

} // namespace hallq::net
