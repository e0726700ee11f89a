#pragma once

#include "net/ClientConnection.h"
#include "net/HttpEndpoints.h"
#include "net/RequestRouter.h"
#include "net/ServerContext.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSet>
#include <optional>

namespace hallq::net {

// One port for everything: QHttpServer answers HTTP routes and hands
// WebSocket upgrades over as QWebSockets, which become ClientConnections.
class HallServer : public QObject
{
    Q_OBJECT
public:
    HallServer(ServerContext &context, HttpEndpoints &http, int maxConnections, QObject *parent = nullptr);
    ~HallServer() override;

    // TLS for both HTTP and WebSocket when certificate and key are given.
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);
    // The port actually bound (0 on failure).
    quint16 listen(const QHostAddress &address, quint16 port);
    int connectionCount() const { return int(m_connections.size()); }

private:
    void acceptWebSockets();
    void dropConnection(ClientConnection *connection);

    ServerContext &m_context;
    QHttpServer m_http;
    RequestRouter m_router;
    int m_maxConnections;
    QSet<ClientConnection *> m_connections;
};

} // namespace hallq::net
