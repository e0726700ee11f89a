#include "net/HttpEndpoints.h"

#include "net/GuidePage.h"
#include "net/HallCore.h"
#include "storage/DurableWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>

namespace hallq::net {

namespace {

QHttpServerResponse json(const QJsonObject &object, QHttpServerResponse::StatusCode status =
                                                        QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

QByteArray label(const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return escaped;
}

} // namespace

HttpEndpoints::HttpEndpoints(HallCore &core, const storage::DurableWriter &writer, QJsonObject hallJson,
                             std::function<int()> connectedClients)
    : m_core(core), m_writer(writer), m_hallJson(std::move(hallJson)), m_connectedClients(std::move(connectedClients))
{
    QFile page(QStringLiteral(":/hallq/web/status.html"));
    if (page.open(QIODevice::ReadOnly))
        m_statusPage = page.readAll();
}

void HttpEndpoints::install(QHttpServer &server)
{
    // QHttpServer 6.4 upgrades a WebSocket only when a route claims the
    // request: "/" claims upgrades without writing, and answers plain HTTP
    // with a pointer to the useful pages.
    server.route(QStringLiteral("/"), [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value(QByteArrayLiteral("upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0)
            return;
        responder.write(QByteArrayLiteral("HallQ server: WebSocket clients connect here; see /health, /metrics, /config\n"),
                        QByteArrayLiteral("text/plain; charset=utf-8"));
    });
    server.route(QStringLiteral("/health"), [this] { return json(health()); });
    server.route(QStringLiteral("/metrics"), [this] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), metrics());
    });
    server.route(QStringLiteral("/config"), [this] { return json(m_hallJson); });
    server.route(QStringLiteral("/t/<arg>"), [this](const QString &token) {
        if (m_core.durableTicket(token) == nullptr)
            return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                       QByteArrayLiteral("未找到该号票 / Ticket not found\n"),
                                       QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), m_statusPage);
    });
    server.route(QStringLiteral("/g/<arg>"), [this](const QString &service) { return guidePage(service); });
    server.route(QStringLiteral("/api/tickets/<arg>"), [this](const QString &token) {
        const QJsonObject status = ticketStatus(token);
        if (status.isEmpty())
            return json({{QStringLiteral("error"), QStringLiteral("unknown_ticket")}},
                        QHttpServerResponse::StatusCode::NotFound);
        return json(status);
    });
    for (const auto &installer : std::as_const(m_extraRoutes))
        installer(server);
}

QHttpServerResponse HttpEndpoints::guidePage(const QString &serviceId) const
{
    const QByteArray page = GuidePage::html(m_hallJson, serviceId);
    if (page.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                   QByteArrayLiteral("未找到该事项的办事指南 / No guide for this service\n"),
                                   QHttpServerResponse::StatusCode::NotFound);
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), page);
}

QJsonObject HttpEndpoints::health() const
{
    return {{QStringLiteral("status"), m_core.failed() ? QStringLiteral("failing") : QStringLiteral("ok")},
            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("hall"), m_core.engine().config().id},
            {QStringLiteral("businessDay"), m_core.engine().currentBusinessDay().toString(Qt::ISODate)},
            {QStringLiteral("connectedClients"), m_connectedClients()},
            {QStringLiteral("eventSeq"), m_core.hub().seq()}};
}

QJsonObject HttpEndpoints::ticketStatus(const QString &token) const
{
    const auto &engine = m_core.engine();
    // State and window as durable: the page never announces a call a crash could take back.
    const auto *t = m_core.durableTicket(token);
    if (!t)
        return {};
    const auto *service = engine.config().service(t->serviceId);
    const qint64 waited = t->issuedAt.secsTo(t->calledAt.isValid() ? t->calledAt : engine.clock().now());
    // Deliberately no identity, not even masked: anyone holding the link sees this.
    return {{QStringLiteral("hallName"), engine.config().name},
            {QStringLiteral("hallNameEn"), engine.config().nameEn},
            {QStringLiteral("number"), t->number},
            {QStringLiteral("serviceId"), t->serviceId},
            {QStringLiteral("serviceName"), service ? service->name : QString()},
            {QStringLiteral("serviceNameEn"), service ? service->nameEn : QString()},
            {QStringLiteral("state"), engine::toString(t->state)},
            {QStringLiteral("window"), t->window},
            {QStringLiteral("peopleAhead"), qMax(0, engine.peopleAhead(t->id))},
            {QStringLiteral("estimatedWaitSeconds"),
             t->state == engine::TicketState::Waiting ? engine.estimateTicket(t->id) : -1},
            {QStringLiteral("waitedSeconds"), waited}};
}

QByteArray HttpEndpoints::metrics() const
{
    const auto &engine = m_core.engine();
    QByteArray out;
    out += "# HELP hallq_waiting Tickets waiting per service.\n# TYPE hallq_waiting gauge\n";
    for (const auto &s : engine.config().services)
        out += "hallq_waiting{service=\"" + label(s.id) + "\"} " + QByteArray::number(engine.waitingCount(s.id)) + '\n';
    out += "# HELP hallq_tickets_issued_total Tickets issued since the server started.\n"
           "# TYPE hallq_tickets_issued_total counter\n";
    for (const auto &s : engine.config().services)
        out += "hallq_tickets_issued_total{service=\"" + label(s.id) + "\"} "
               + QByteArray::number(m_core.issuedCount(s.id)) + '\n';
    out += "# HELP hallq_tickets_served_total Tickets finished since the server started.\n"
           "# TYPE hallq_tickets_served_total counter\n";
    for (const auto &s : engine.config().services)
        out += "hallq_tickets_served_total{service=\"" + label(s.id) + "\"} "
               + QByteArray::number(m_core.servedCount(s.id)) + '\n';
    out += "# HELP hallq_operation_ack_seconds Time from an operation's decision to its durable acknowledgement.\n"
           "# TYPE hallq_operation_ack_seconds histogram\n";
    out += m_core.ackLatency().render("hallq_operation_ack_seconds");
    out += "# HELP hallq_call_fanout_seconds Time to send one call to every subscribed board and screen.\n"
           "# TYPE hallq_call_fanout_seconds histogram\n";
    out += m_core.hub().callFanOut().render("hallq_call_fanout_seconds");
    out += "# HELP hallq_operations_total Operations committed since the server started.\n"
           "# TYPE hallq_operations_total counter\nhallq_operations_total "
           + QByteArray::number(m_core.operationsCommitted()) + '\n';
    out += "# HELP hallq_commit_batch_max Largest number of operations committed in one transaction.\n"
           "# TYPE hallq_commit_batch_max gauge\nhallq_commit_batch_max "
           + QByteArray::number(m_writer.largestBatch()) + '\n';
    out += "# HELP hallq_connected_clients WebSocket clients connected now.\n"
           "# TYPE hallq_connected_clients gauge\nhallq_connected_clients "
           + QByteArray::number(m_connectedClients()) + '\n';
    return out;
}

} // namespace hallq::net
