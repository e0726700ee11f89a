#include "LoadPeer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hallq::bench {

LoadPeer::LoadPeer(Role role, const QUrl &url, const QString &credential, int index, int services, Shared &shared)
    : m_role(role), m_url(url), m_credential(credential), m_index(index), m_services(services), m_shared(shared)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LoadPeer::onText);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        if (m_role == Role::Bare) {
            m_ready = true;
            ++m_shared.ready;
            return;
        }
        send(QStringLiteral("hello"), QStringLiteral("{\"protocolVersion\":1,\"client\":\"bench-load\",\"clientVersion\":\"1\"}"));
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &LoadPeer::retry);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &LoadPeer::retry); // errorOccurred from Qt 6.5
}

void LoadPeer::open()
{
    m_retryPending = false;
    m_socket.open(m_url);
}

// A connection that ends or fails before it is ready is opened again a little
// later, as the apps' client library does: thousands of connects at once
// overflow the listen backlog, and hundreds of staff log-ins queue behind the
// server's bounded password-check pool (a connection not authenticated within
// 15 s is closed).
void LoadPeer::retry()
{
    if (m_ready || m_retryPending)
        return;
    if (++m_attempts >= kMaxAttempts) {
        ++m_shared.failed;
        return;
    }
    m_retryPending = true;
    m_socket.abort();
    QTimer::singleShot(200 * m_attempts, this, &LoadPeer::open);
}

void LoadPeer::send(const QString &type, const QString &body)
{
    m_socket.sendTextMessage(QStringLiteral("{\"type\":\"%1\",\"id\":%2,\"body\":%3}").arg(type).arg(++m_nextId).arg(body));
}

void LoadPeer::step()
{
    if (!m_ready || m_inFlight || m_role == Role::Board || m_role == Role::Bare)
        return;
    m_inFlight = true;
    m_sentAt = steadyNs();
    if (m_role == Role::Kiosk) {
        const QChar letter = QChar::fromLatin1(char('a' + (m_issued++ + m_index) % m_services));
        send(QStringLiteral("ticket.issue"), QStringLiteral("{\"serviceId\":\"svc%1\"}").arg(letter));
        return;
    }
    static const QString kSteps[] = {QStringLiteral("call.next"), QStringLiteral("serve.start"), QStringLiteral("serve.finish")};
    send(kSteps[m_counterStep], QStringLiteral("{\"window\":%1}").arg(m_index + 1));
}

void LoadPeer::handshake(const QString &type, bool ok, const QString &text)
{
    if (!ok && text.contains(QStringLiteral("auth_throttled"))) {
        // Hundreds of counters log in at once: ask again shortly, as a counter would.
        QTimer::singleShot(100, this, [this] {
            send(QStringLiteral("auth.login"),
                 QStringLiteral("{\"staffId\":\"bench%1\",\"password\":\"%2\"}").arg(m_index).arg(m_credential));
        });
        return;
    }
    if (!ok) {
        qWarning("bench-load handshake failed at %s: %s", qPrintable(type), qPrintable(text.left(300)));
        ++m_shared.failed;
        return;
    }
    const auto readyNow = [this] {
        m_ready = true;
        ++m_shared.ready;
    };
    if (type == QStringLiteral("hello")) {
        if (m_role == Role::Counter)
            send(QStringLiteral("auth.login"),
                 QStringLiteral("{\"staffId\":\"bench%1\",\"password\":\"%2\"}").arg(m_index).arg(m_credential));
        else
            send(QStringLiteral("auth.device"), QStringLiteral("{\"token\":\"%1\"}").arg(m_credential));
    } else if (type == QStringLiteral("auth.login")) {
        send(QStringLiteral("window.open"), QStringLiteral("{\"window\":%1}").arg(m_index + 1));
    } else if (type == QStringLiteral("auth.device")) {
        if (m_role == Role::Board)
            send(QStringLiteral("subscribe"), QStringLiteral("{\"scope\":\"hall\"}"));
        else
            readyNow();
    } else {
        readyNow(); // window.open, subscribe
    }
}

void LoadPeer::onText(const QString &text)
{
    const qint64 at = steadyNs();
    if (m_role == Role::Bare) {
        calls.emplace_back(text.left(text.indexOf(QLatin1Char('|'))), at);
        return;
    }
    if (m_ready && m_role == Role::Board) {
        if (!text.contains(QStringLiteral("\"type\":\"event.call\"")))
            return;
        static const QString kKey = QStringLiteral("\"ticketNumber\":\"");
        const qsizetype from = text.indexOf(kKey);
        if (from < 0)
            return;
        const qsizetype start = from + kKey.size();
        calls.emplace_back(text.mid(start, text.indexOf(QLatin1Char('"'), start) - start), at);
        return;
    }
    if (!text.contains(QStringLiteral("\"ok\":")))
        return; // an event
    const QJsonObject reply = QJsonDocument::fromJson(text.toUtf8()).object();
    const bool ok = reply.value(QStringLiteral("ok")).toBool();
    if (!m_ready) {
        handshake(reply.value(QStringLiteral("type")).toString(), ok, text);
        return;
    }
    m_inFlight = false;
    if (ok) {
        if (m_measuring)
            latenciesMs.push_back(double(at - m_sentAt) / 1e6);
        if (m_role == Role::Counter)
            m_counterStep = (m_counterStep + 1) % 3;
        return;
    }
    const QString code = reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    if (m_role == Role::Counter && code != QStringLiteral("nothing_waiting"))
        m_counterStep = code == QStringLiteral("window_busy") ? 1 : 0; // back in step with the window
}

} // namespace hallq::bench
