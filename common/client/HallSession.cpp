#include "client/HallSession.h"

#include "client/ClientLog.h"

#include <QWebSocket>

#include <algorithm>

namespace hallq::client {

using protocol::Envelope;
using protocol::Error;
using protocol::ErrorCode;

namespace {

Error unavailable(const QString &why)
{
    return Error{ErrorCode::Unavailable, why};
}

// Failures only a person can fix (a new password or token, a role, an
// upgrade): the session stops and the app asks. Everything else, a reply the
// client cannot read included, is retried with backoff, so a board recovers
// by itself once the server is fixed instead of waiting for someone to reload it.
bool isFatal(ErrorCode code)
{
    switch (code) {
    case ErrorCode::VersionMismatch:
    case ErrorCode::AuthFailed:
    case ErrorCode::Forbidden:
    case ErrorCode::NotAuthenticated:
        return true;
    default:
        return false;
    }
}

} // namespace

HallSession::HallSession(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &HallSession::connectNow);
    connect(&m_pingTimer, &QTimer::timeout, this, &HallSession::sendPing);
}

HallSession::~HallSession()
{
    // The owner is going away, and often its members with it: neither signals
    // nor callbacks may reach into them now.
    if (m_pending.size() > 0)
        qCDebug(lcClient) << "session destroyed with" << m_pending.size() << "requests pending; callbacks dropped";
    m_pending.clear();
    m_running = false;
    blockSignals(true);
    teardown(unavailable(QStringLiteral("session destroyed")));
}

void HallSession::setServerUrl(const QUrl &url)
{
    m_url = url;
}

void HallSession::setStaffCredentials(const QString &staffId, const QString &password)
{
    m_staffId = staffId;
    m_password = password;
    m_deviceToken.clear();
}

void HallSession::setDeviceToken(const QString &token)
{
    m_deviceToken = token;
    m_staffId.clear();
    m_password.clear();
}

void HallSession::setSubscription(const QString &scope, int window)
{
    m_scope = scope;
    m_window = window;
}

void HallSession::setClientInfo(const QString &name, const QString &version)
{
    m_clientName = name;
    m_clientVersion = version;
}

void HallSession::setFeatures(const QStringList &features)
{
    m_features = features;
}

void HallSession::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = std::max(timeout, std::chrono::milliseconds(1));
}

void HallSession::setPingInterval(std::chrono::milliseconds interval)
{
    m_pingInterval = interval;
    if (isReady())
        restartPing();
}

QDateTime HallSession::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

// ---------------------------------------------------------------- lifecycle

void HallSession::start()
{
    if (m_running)
        return;
    const bool wsUrl = m_url.isValid() && (m_url.scheme() == u"ws" || m_url.scheme() == u"wss");
    if (!wsUrl || (m_deviceToken.isEmpty() && m_staffId.isEmpty())) {
        // A configuration mistake, not a network one: say so instead of retrying forever.
        setLastError(Error{ErrorCode::InvalidArgument,
                           QStringLiteral("HallSession needs a ws:// or wss:// URL and staff credentials "
                                          "or a device token")});
        return;
    }
    m_running = true;
    m_backoff.reset();
    emit reconnectAttemptsChanged();
    connectNow();
}

void HallSession::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    teardown(unavailable(QStringLiteral("stopped")));
}

void HallSession::connectNow()
{
    if (!m_running || m_socket)
        return;
    ++m_generation;
    m_socket = new QWebSocket(m_clientName, QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &HallSession::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &HallSession::onTextMessage);
    // Signals of a torn-down socket are disconnected, so m_socket is the sender here.
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        const QString reason = m_socket->closeReason();
        dropConnection(unavailable(reason.isEmpty() ? QStringLiteral("connection closed")
                                                    : QStringLiteral("connection closed: %1").arg(reason)));
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { dropConnection(unavailable(m_socket->errorString())); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [](const QByteArray &) {
        qCWarning(lcClient) << "ignoring a binary frame: the protocol uses text frames only";
    });
    setState(State::Connecting);
    if (!m_socket)
        return; // a stateChanged handler stopped the session
    // A SYN into the void can hang for minutes: bound the whole opening.
    QTimer::singleShot(m_requestTimeout, this, [this, generation = m_generation] {
        if (generation == m_generation && m_state == State::Connecting)
            dropConnection(unavailable(QStringLiteral("connect timeout")));
    });
    qCInfo(lcClient) << "connecting to" << m_url.toDisplayString(QUrl::RemoveUserInfo);
    m_socket->open(m_url);
}

void HallSession::teardown(const Error &why)
{
    if (m_socket) {
        QWebSocket *socket = std::exchange(m_socket, nullptr);
        ++m_generation; // late handshake/ping callbacks of this link are ignored
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_pingTimer.stop();
    m_pingInFlight = false;
    m_events.linkLost();
    setState(State::Disconnected);
    m_pending.failAll(unavailable(QStringLiteral("connection lost (%1)").arg(why.message)));
}

void HallSession::dropConnection(const Error &why)
{
    if (!m_socket)
        return;
    qCWarning(lcClient) << "connection dropped:" << why.message;
    setLastError(why);
    teardown(why);
    scheduleReconnect();
}

void HallSession::linkFailed(const Error &error)
{
    if (isFatal(error.code)) {
        qCWarning(lcClient) << "giving up until restarted:" << protocol::toString(error.code) << error.message;
        m_running = false;
        m_reconnectTimer.stop();
    }
    if (m_socket) {
        dropConnection(error);
    } else {
        setLastError(error);
    }
}

void HallSession::scheduleReconnect()
{
    if (!m_running || m_socket || m_reconnectTimer.isActive())
        return;
    const auto delay = m_backoff.next();
    emit reconnectAttemptsChanged();
    emit reconnectScheduled(m_backoff.attempts(), static_cast<int>(delay.count()));
    qCInfo(lcClient) << "reconnect attempt" << m_backoff.attempts() << "in" << delay.count() << "ms";
    m_reconnectTimer.start(delay);
}

void HallSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void HallSession::setLastError(const Error &error)
{
    m_lastError = error;
    emit errorOccurred(error);
}

// ---------------------------------------------------------------- requests

void HallSession::send(const Envelope &request, Gate gate, std::chrono::milliseconds timeout,
                       PendingRequests::Entry entry)
{
    const bool open = m_socket
                      && (gate == Gate::Handshake ? m_state != State::Disconnected : m_state == State::Ready);
    if (!open) {
        PendingRequests::runLater(this, std::move(entry), unavailable(QStringLiteral("not connected")));
        return;
    }
    const QByteArray frame = protocol::serialize(request);
    const qsizetype maxFrame = m_hello ? m_hello->maxFrameBytes : protocol::Limits{}.maxFrameBytes;
    if (maxFrame > 0 && frame.size() > maxFrame) {
        PendingRequests::runLater(this, std::move(entry),
                                  Error{ErrorCode::TooLarge, QStringLiteral("%1: %2 bytes, the server accepts %3")
                                                                 .arg(request.type)
                                                                 .arg(frame.size())
                                                                 .arg(maxFrame)});
        return;
    }
    m_pending.add(request.id, std::move(entry));
    // Ids are never reused, so a timer outliving its request finds nothing to fail.
    QTimer::singleShot(timeout.count() > 0 ? timeout : m_requestTimeout, this, [this, id = request.id] {
        m_pending.complete(id, unavailable(QStringLiteral("timeout")));
    });
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

template<class Req, class OnReply, class OnError>
void HallSession::sendInternal(const Req &req, Gate gate, OnReply onReply, OnError onError)
{
    auto done = [this, generation = m_generation, onReply = std::move(onReply),
                 onError = std::move(onError)](const PendingRequests::Result &r) {
        if (generation != m_generation)
            return; // this link is gone; its failure was already handled
        auto decoded = std::holds_alternative<Error>(r)
                           ? std::variant<ReplyOf<Req>, Error>(std::get<Error>(r))
                           : protocol::decodeReply<Req>(std::get<Envelope>(r));
        if (const auto *e = std::get_if<Error>(&decoded))
            return onError(*e);
        onReply(std::get<ReplyOf<Req>>(decoded));
    };
    send(protocol::makeRequest(req, nextId()), gate, {}, PendingRequests::Entry(std::move(done), nullptr));
}

template<class Req, class OnReply>
void HallSession::sendInternal(const Req &req, Gate gate, OnReply onReply)
{
    sendInternal(req, gate, std::move(onReply), [this](const Error &e) { linkFailed(e); });
}

// ---------------------------------------------------------------- handshake

void HallSession::onConnected()
{
    qCDebug(lcClient) << "socket open, sending hello";
    protocol::HelloRequest hello;
    hello.protocolVersion = protocol::kProtocolVersion;
    hello.client = m_clientName;
    hello.clientVersion = m_clientVersion;
    hello.features = m_features;
    sendInternal(hello, Gate::Handshake, [this](const protocol::HelloReply &reply) {
        if (reply.protocolVersion != protocol::kProtocolVersion) {
            return linkFailed(Error{ErrorCode::VersionMismatch,
                                    QStringLiteral("server speaks protocol %1, this client %2")
                                        .arg(reply.protocolVersion)
                                        .arg(protocol::kProtocolVersion)});
        }
        m_hello = reply;
        sendAuth();
    });
}

void HallSession::sendAuth()
{
    setState(State::Authenticating);
    if (!m_deviceToken.isEmpty()) {
        sendInternal(protocol::AuthDeviceRequest{m_deviceToken}, Gate::Handshake,
                     [this](const protocol::DeviceReply &reply) {
                         m_device = reply;
                         sendSubscribe();
                     });
        return;
    }
    sendInternal(protocol::AuthLoginRequest{m_staffId, m_password}, Gate::Handshake,
                 [this](const protocol::LoginReply &reply) {
                     m_login = reply;
                     sendSubscribe();
                 });
}

void HallSession::sendSubscribe()
{
    setState(State::Subscribing);
    m_events.beginSubscribe();
    protocol::SubscribeRequest subscribe;
    subscribe.scope = m_scope;
    subscribe.window = m_window;
    if (m_events.canResume()) {
        subscribe.epoch = m_events.epoch();
        subscribe.resumeAfter = m_events.lastSeq();
    }
    sendInternal(
        subscribe, Gate::Handshake, [this](const protocol::SubscribeReply &reply) { onSubscribed(reply); },
        [this](const Error &e) {
            if (e.code != ErrorCode::ResumeUnavailable || !m_events.canResume())
                return linkFailed(e);
            // The server's history restarted or we were away too long: start over.
            qCInfo(lcClient) << "resume refused, taking a fresh snapshot:" << e.message;
            m_events.forget();
            sendSubscribe();
        });
}

void HallSession::onSubscribed(const protocol::SubscribeReply &reply)
{
    if (!reply.resumed && !reply.snapshot)
        return linkFailed(Error{ErrorCode::Malformed, QStringLiteral("subscribe: not resumed and no snapshot")});
    const quint64 generation = m_generation; // a handler below may stop the session
    std::optional<std::pair<QString, qint64>> position;
    if (reply.snapshot)
        position = std::pair(reply.snapshot->epoch, reply.snapshot->seq);
    const QList<EventSequencer::Delivery> held = m_events.subscribed(reply.seq, reply.resumed ? std::nullopt : position);
    qCInfo(lcClient) << (reply.resumed ? "resumed" : "subscribed with a snapshot") << "epoch" << m_events.epoch()
                     << "at seq" << m_events.lastSeq();
    if (!reply.resumed) {
        if (!m_clockMeasured && reply.snapshot->serverTime.isValid())
            m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(reply.snapshot->serverTime);
        emit snapshotReceived(*reply.snapshot);
        if (generation != m_generation)
            return;
    }
    m_backoff.reset();
    emit reconnectAttemptsChanged();
    setState(State::Ready);
    if (generation != m_generation)
        return;
    emit subscribed(reply.resumed);
    for (const EventSequencer::Delivery &d : held) {
        if (generation != m_generation)
            return;
        dispatchEvent(d.event, d.origin);
    }
    restartPing(); // only arms itself if still Ready
}

// ---------------------------------------------------------------- keepalive

void HallSession::restartPing()
{
    m_pingTimer.stop();
    m_pingInFlight = false;
    if (m_state == State::Ready && m_pingInterval.count() > 0)
        m_pingTimer.start(m_pingInterval);
}

void HallSession::sendPing()
{
    if (m_pingInFlight || m_state != State::Ready)
        return; // the outstanding ping's own timeout judges the link
    m_pingInFlight = true;
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    sendInternal(protocol::PingRequest{}, Gate::Ready, [this, sentAt](const protocol::PingReply &reply) {
        m_pingInFlight = false;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (reply.serverTime.isValid()) {
            m_clockOffsetMs = reply.serverTime.toMSecsSinceEpoch() - (sentAt + (now - sentAt) / 2);
            m_clockMeasured = true;
        }
    });
}

// ---------------------------------------------------------------- incoming

void HallSession::onTextMessage(const QString &text)
{
    auto parsed = protocol::parseEnvelope(text.toUtf8(), protocol::Limits::forServerMessages());
    if (const auto *e = std::get_if<Error>(&parsed)) {
        // A server that sends garbage cannot be trusted to be in sync: start over.
        qCWarning(lcClient) << "unreadable frame from the server:" << e->message;
        return dropConnection(*e);
    }
    const Envelope &envelope = std::get<Envelope>(parsed);
    if (envelope.isReply()) {
        if (envelope.id > 0) {
            if (!m_pending.complete(envelope.id, envelope))
                qCDebug(lcClient) << "reply to request" << envelope.id << "that already failed (timeout)";
            return;
        }
        const Error e = envelope.error.value_or(Error{ErrorCode::Internal, QStringLiteral("reply without id")});
        qCWarning(lcClient) << "server error not tied to a request:" << protocol::toString(e.code) << e.message;
        return setLastError(e);
    }
    if (envelope.isEvent()) {
        if (const auto origin = m_events.accept(envelope))
            dispatchEvent(envelope, *origin);
        return;
    }
    qCWarning(lcClient) << "ignoring a frame that is neither reply nor event:" << envelope.type;
}

void HallSession::dispatchEvent(const Envelope &event, EventOrigin origin)
{
    emit eventReceived(event);
    const protocol::MessageSpec *spec = protocol::findEvent(event.type);
    if (!spec) {
        // A newer server's event: eventReceived already carried it raw.
        qCDebug(lcClient) << "event type unknown to this client:" << event.type;
        return;
    }
    const auto error = protocol::dispatchEvent(
        spec->type, event.body, protocol::Limits::forServerMessages(), [&](const auto &typed) {
            using T = std::decay_t<decltype(typed)>;
            if constexpr (std::is_same_v<T, protocol::CallEvent>)
                emit callEvent(typed, origin);
            else if constexpr (std::is_same_v<T, protocol::WindowEvent>)
                emit windowEvent(typed, origin);
            else if constexpr (std::is_same_v<T, protocol::QueueEvent>)
                emit queueEvent(typed, origin);
            else if constexpr (std::is_same_v<T, protocol::ServiceEvent>)
                emit serviceEvent(typed, origin);
            else if constexpr (std::is_same_v<T, protocol::TicketEvent>)
                emit ticketEvent(typed, origin);
        });
    if (error) {
        // The mirror misses this change; the next snapshot (reconnect) repairs it.
        qCWarning(lcClient) << "undecodable" << event.type << "event, seq" << event.seq << ":" << error->message;
        setLastError(*error);
    }
}

} // namespace hallq::client
