#include "ScriptedServer.h"

#include <QWebSocket>

namespace hallq::client::test {

using protocol::Envelope;

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &ScriptedServer::onNewConnection);

    on(QStringLiteral("hello"), [this](QWebSocket *peer, const Envelope &request) {
        protocol::HelloReply hello;
        hello.protocolVersion = protocol::kProtocolVersion;
        hello.server = QStringLiteral("scripted");
        hello.serverVersion = QStringLiteral("0");
        hello.hallId = snapshot.hallId;
        hello.hallName = snapshot.hallName;
        hello.maxFrameBytes = 64 * 1024;
        reply(peer, request, hello);
    });
    on(QStringLiteral("auth.login"), [this](QWebSocket *peer, const Envelope &request) {
        protocol::LoginReply login;
        login.staff.staffId = request.body.value(QLatin1StringView("staffId")).toString();
        login.staff.roles = QStringList{QStringLiteral("counter")};
        reply(peer, request, login);
    });
    on(QStringLiteral("auth.device"), [this](QWebSocket *peer, const Envelope &request) {
        reply(peer, request, protocol::DeviceReply{QStringLiteral("d1"), QStringLiteral("display"), QStringLiteral("board")});
    });
    on(QStringLiteral("ping"), [this](QWebSocket *peer, const Envelope &request) {
        reply(peer, request, protocol::PingReply{QDateTime::currentDateTimeUtc()});
    });
    on(QStringLiteral("subscribe"),
       [this](QWebSocket *peer, const Envelope &request) { answerSubscribe(peer, request); });
}

ScriptedServer::~ScriptedServer()
{
    shutdown();
}

bool ScriptedServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void ScriptedServer::shutdown()
{
    m_server.close();
    dropPeers();
}

void ScriptedServer::dropPeers()
{
    for (QWebSocket *peer : std::exchange(m_peers, {})) {
        peer->disconnect(this);
        peer->abort();
        peer->deleteLater();
    }
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port));
}

void ScriptedServer::hold(const QString &type)
{
    on(type, [](QWebSocket *, const Envelope &) {});
}

void ScriptedServer::replyError(QWebSocket *peer, const Envelope &request, protocol::ErrorCode code,
                                const QString &message)
{
    send(peer, protocol::makeError(request, code, message));
}

void ScriptedServer::send(QWebSocket *peer, const Envelope &envelope)
{
    sendRaw(peer, protocol::serialize(envelope));
}

void ScriptedServer::sendRaw(QWebSocket *peer, const QByteArray &frame)
{
    peer->sendTextMessage(QString::fromUtf8(frame));
}

void ScriptedServer::restartHistory(const QString &epoch, qint64 seq)
{
    m_log.clear();
    m_seq = seq;
    snapshot.epoch = epoch;
}

QList<Envelope> ScriptedServer::receivedOf(const QString &type) const
{
    QList<Envelope> out;
    for (const Envelope &e : received) {
        if (e.type == type)
            out.append(e);
    }
    return out;
}

void ScriptedServer::onNewConnection()
{
    while (QWebSocket *peer = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        m_peers.append(peer);
        connect(peer, &QWebSocket::textMessageReceived, this,
                [this, peer](const QString &text) { onText(peer, text); });
        connect(peer, &QWebSocket::disconnected, this, [this, peer] {
            m_peers.removeAll(peer);
            peer->deleteLater();
        });
    }
}

void ScriptedServer::onText(QWebSocket *peer, const QString &text)
{
    auto parsed = protocol::parseEnvelope(text.toUtf8());
    if (!std::holds_alternative<Envelope>(parsed))
        return; // the client's codec is tested elsewhere; a bad frame just goes unanswered here
    const Envelope request = std::get<Envelope>(parsed);
    received.append(request);
    if (const auto it = m_handlers.constFind(request.type); it != m_handlers.cend()) {
        const Handler handler = *it; // a handler may replace itself
        handler(peer, request);
    }
}

void ScriptedServer::answerSubscribe(QWebSocket *peer, const Envelope &request)
{
    const QString epoch = request.body.value(QLatin1StringView("epoch")).toString();
    const qint64 after = request.body.value(QLatin1StringView("resumeAfter")).toInteger();
    protocol::SubscribeReply answer;
    answer.seq = m_seq;
    const bool canResume = !epoch.isEmpty() && epoch == snapshot.epoch
                           && (m_log.isEmpty() || m_log.first().seq <= after + 1);
    if (canResume) {
        answer.resumed = true;
        reply(peer, request, answer);
        for (const Envelope &e : std::as_const(m_log)) {
            if (e.seq > after)
                send(peer, e);
        }
        return;
    }
    answer.snapshot = snapshot;
    answer.snapshot->seq = m_seq;
    answer.snapshot->serverTime = QDateTime::currentDateTimeUtc();
    reply(peer, request, answer);
}

} // namespace hallq::client::test
