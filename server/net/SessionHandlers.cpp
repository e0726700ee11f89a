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

SessionHandlers::SessionHandlers(ServerContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    m_clock.start();
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
    const qint64 wait = m_throttle.retryAfterMs(r.staffId, m_clock.elapsed());
    if (wait > 0) {
        c.fail(e, {ErrorCode::AuthThrottled,
                   QStringLiteral("too many failed log-ins for %1: try again in %2 s").arg(r.staffId).arg((wait + 999) / 1000)});
        return;
    }
    const auto account = m_context.store.findStaff(r.staffId);
    const QString storedHash = account && account->active ? account->passwordHash : QString();
    // Argon2id takes tens of milliseconds: verify off the event loop so other
    // clients are not held up, then come back to the main thread.
    QPointer<ClientConnection> connection(&c);
    QThreadPool::globalInstance()->start([this, connection, e, staffId = r.staffId, password = r.password,
                                          storedHash] {
        const bool ok = !storedHash.isEmpty() && Credentials::verifyPassword(password, storedHash);
        QMetaObject::invokeMethod(this, [=, this] { loginChecked(connection, e, staffId, ok); },
                                  Qt::QueuedConnection);
    });
}

void SessionHandlers::loginChecked(QPointer<ClientConnection> c, const protocol::Envelope &e, const QString &staffId,
                                   bool ok)
{
    if (!ok) {
        m_throttle.failed(staffId, m_clock.elapsed());
        qCInfo(lcNet) << "failed log-in for staff" << staffId;
        // Guessing stays slow even within the free attempts.
        QTimer::singleShot(m_context.authFailureDelayMs, this, [c, e] {
            if (c)
                c->fail(e, {ErrorCode::AuthFailed, QStringLiteral("wrong staff id or password")});
        });
        return;
    }
    m_throttle.succeeded(staffId);
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
    QPointer<ClientConnection> connection(&c);
    // Everything the snapshot or the replay could contain is durable first;
    // the reply, the replay and the live subscription then happen in one go,
    // so no event falls between them.
    m_context.core.afterPending([this, connection, e, r, window] {
        if (!connection)
            return;
        EventHub &hub = m_context.core.hub();
        protocol::SubscribeReply reply;
        const bool resume = r.epoch && r.resumeAfter > 0 && hub.canResume(*r.epoch, r.resumeAfter);
        reply.resumed = resume;
        // The hall's latest seq either way: on resume, the missed events up to
        // it follow as history (a board does not voice them late).
        reply.seq = hub.seq();
        if (!resume)
            reply.snapshot = snapshot();
        connection->reply(e, reply);
        if (resume)
            for (const QString &frame : hub.framesAfter(r.resumeAfter, window))
                connection->sendFrame(frame);
        ClientConnection *raw = connection.data();
        hub.subscribe(raw->key(), {window, [raw](const QString &frame) { raw->sendFrame(frame); }});
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
