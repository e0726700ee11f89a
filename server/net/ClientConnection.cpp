#include "net/ClientConnection.h"

#include "net/NetLog.h"

namespace hallq::net {

using protocol::ErrorCode;

namespace {
// A connection must prove who it is within this time, or free its slot.
constexpr int kAuthDeadlineMs = 15000;
// A peer that lets this much pile up unread is not reading: cut it off
// rather than buffer the hall's events for it without end. Above a full
// resume replay (the event ring) so a healthy board catching up is not cut.
constexpr qint64 kMaxUnsentBytes = 32 * 1024 * 1024;

// Errors about a frame that could not be read as a request have no request to echo.
protocol::Envelope unreadable()
{
    protocol::Envelope e;
    e.type = QStringLiteral("error");
    return e;
}
} // namespace

ClientConnection::ClientConnection(std::unique_ptr<QWebSocket> socket, const ConnectionLimits &limits,
                                   QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_limits(limits),
      m_rate(limits.messagesPerSecond, limits.burst)
{
    m_clock.start();
    // Frames a little over the limit get a polite too_large reply; far over it,
    // Qt drops the connection before buffering the whole thing.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(limits.message.maxFrameBytes) * 4);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &ClientConnection::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &ClientConnection::onBinary);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] { emit closed(this); });
    m_authDeadline.setSingleShot(true);
    connect(&m_authDeadline, &QTimer::timeout, this, [this] {
        if (!m_principal.authenticated())
            close(QStringLiteral("no authentication in time"));
    });
    m_authDeadline.start(kAuthDeadlineMs);
}

bool ClientConnection::closing() const
{
    return m_closing || m_socket->state() != QAbstractSocket::ConnectedState;
}

ClientConnection::~ClientConnection()
{
    m_socket->disconnect(this);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->abort();
}

QString ClientConnection::peer() const
{
    return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

void ClientConnection::sendFrame(const QString &frame)
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() > kMaxUnsentBytes) {
        // A close handshake would wait for a peer that does not read: abort.
        // Later, from the event loop: this may run inside the hub's fan-out.
        m_closing = true;
        qCInfo(lcNet) << "dropping" << peer() << m_principal.id << ": not reading its messages";
        QMetaObject::invokeMethod(this, [this] { m_socket->abort(); }, Qt::QueuedConnection);
        return;
    }
    m_socket->sendTextMessage(frame);
}

void ClientConnection::send(const protocol::Envelope &envelope)
{
    sendFrame(QString::fromUtf8(protocol::serialize(envelope)));
}

void ClientConnection::fail(const protocol::Envelope &request, const protocol::Error &error, bool countsAsViolation)
{
    send(protocol::makeError(request, error));
    if (countsAsViolation)
        violation();
}

void ClientConnection::close(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    qCInfo(lcNet) << "closing" << peer() << m_principal.id << reason;
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void ClientConnection::violation()
{
    if (++m_violations >= m_limits.violationsBeforeClose)
        close(QStringLiteral("too many bad messages"));
}

void ClientConnection::onBinary(const QByteArray &)
{
    fail(unreadable(), {ErrorCode::Malformed, QStringLiteral("binary frames are not accepted: send JSON text")}, true);
}

void ClientConnection::onText(const QString &text)
{
    if (m_closing)
        return;
    if (!m_rate.allow(m_clock.elapsed())) {
        fail(unreadable(), {ErrorCode::RateLimited, QStringLiteral("too many messages: slow down")}, true);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    auto parsed = protocol::parseEnvelope(utf8, m_limits.message);
    if (auto *error = std::get_if<protocol::Error>(&parsed)) {
        fail(unreadable(), *error, true);
        return;
    }
    auto &envelope = std::get<protocol::Envelope>(parsed);
    if (!envelope.isRequest() || envelope.id <= 0) {
        fail(envelope, {ErrorCode::Malformed, QStringLiteral("expected a request with a positive id")}, true);
        return;
    }
    // Ids only go up on a connection: a replayed (or reordered) frame is
    // refused before it can act a second time (issue #8, hostile input).
    if (envelope.id <= m_lastRequestId) {
        fail(envelope,
             {ErrorCode::Malformed, QStringLiteral("request id %1 is not above the previous one (%2): replayed requests are refused")
                                        .arg(envelope.id)
                                        .arg(m_lastRequestId)},
             true);
        return;
    }
    m_lastRequestId = envelope.id;
    emit requestReceived(this, envelope);
}

} // namespace hallq::net
