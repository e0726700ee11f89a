#include "net/HallServer.h"

#include "net/NetLog.h"

#include <QSslCertificate>
#include <QSslKey>

namespace hallq::net {

HallServer::HallServer(ServerContext &context, HttpEndpoints &http, int maxConnections, QObject *parent)
    : QObject(parent), m_context(context), m_router(context), m_maxConnections(maxConnections)
{
    http.install(m_http);
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &HallServer::acceptWebSockets);
}

HallServer::~HallServer()
{
    for (ClientConnection *c : std::as_const(m_connections)) {
        c->disconnect(this);
        delete c;
    }
}

void HallServer::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_http.sslSetup(certificate, key);
}

quint16 HallServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

void HallServer::acceptWebSockets()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        if (connectionCount() >= m_maxConnections) {
            qCWarning(lcNet) << "refusing" << socket->peerAddress() << ": connection limit" << m_maxConnections;
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server full"));
            socket.release()->deleteLater();
            continue;
        }
        auto *connection = new ClientConnection(std::move(socket), m_context.limits, this);
        m_connections.insert(connection);
        connect(connection, &ClientConnection::requestReceived, this,
                [this](ClientConnection *c, const protocol::Envelope &e) { m_router.route(*c, e); });
        connect(connection, &ClientConnection::closed, this, &HallServer::dropConnection);
    }
}

void HallServer::dropConnection(ClientConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    m_router.forget(*connection);
    connection->deleteLater();
}

} // namespace hallq::net
