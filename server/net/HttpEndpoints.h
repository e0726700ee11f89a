#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>

class QHttpServer;
class QHttpServerResponse;

namespace hallq::storage {
class DurableWriter;
}

namespace hallq::net {

class HallCore;

// The plain-HTTP side of the server's port: /health, /metrics (Prometheus
// text), /config (the hall as JSON), and the public ticket status page
// /t/<token> with its JSON feed /api/tickets/<token>, and each service's guide /g/<service>. No personal data on any
// of them.
class HttpEndpoints
{
public:
    HttpEndpoints(HallCore &core, const storage::DurableWriter &writer, QJsonObject hallJson,
                  std::function<int()> connectedClients);
    void install(QHttpServer &server);
    // More routes that install() adds (e.g. the appointments API).
    void addRoutes(std::function<void(QHttpServer &)> installer) { m_extraRoutes.append(std::move(installer)); }

    QByteArray metrics() const;
    QJsonObject health() const;
    // Empty object when the token is unknown.
    QJsonObject ticketStatus(const QString &token) const;
    // /g/<service>: the service's 办事指南 (GuidePage), or 404.
    QHttpServerResponse guidePage(const QString &serviceId) const;

private:
    HallCore &m_core;
    const storage::DurableWriter &m_writer;
    QJsonObject m_hallJson;
    std::function<int()> m_connectedClients;
    QByteArray m_statusPage;
    QList<std::function<void(QHttpServer &)>> m_extraRoutes;
};

} // namespace hallq::net
