#include "support/RawClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace hallq::test {

RawClient::RawClient()
{
    // Tests run TLS with a throw-away self-signed certificate.
    QObject::connect(&m_socket, &QWebSocket::sslErrors, [this](const QList<QSslError> &) { m_socket.ignoreSslErrors(); });
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_inbox.push_back(QJsonDocument::fromJson(text.toUtf8()).object());
    });
}

bool RawClient::open(const QUrl &url, int timeoutMs)
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    return connected.wait(timeoutMs);
}

void RawClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void RawClient::sendJson(const QJsonObject &object)
{
    sendText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QJsonObject RawClient::take(const std::function<bool(const QJsonObject &)> &match, int timeoutMs)
{
    QJsonObject found;
    [[maybe_unused]] const bool matched = QTest::qWaitFor(
        [&] {
            for (auto it = m_inbox.begin(); it != m_inbox.end(); ++it)
                if (match(*it)) {
                    found = *it;
                    m_inbox.erase(it);
                    return true;
                }
            return false;
        },
        timeoutMs);
    return found;
}

void RawClient::sendBinary(const QByteArray &data)
{
    m_socket.sendBinaryMessage(data);
}

QJsonObject RawClient::request(const QString &type, const QJsonObject &body, int timeoutMs)
{
    const qint64 id = ++m_nextId;
    sendJson({{QStringLiteral("type"), type}, {QStringLiteral("id"), id}, {QStringLiteral("body"), body}});
    return take([id](const QJsonObject &o) { return o.contains(QStringLiteral("ok")) && o.value(QStringLiteral("id")).toInteger() == id; },
                timeoutMs);
}

QJsonObject RawClient::nextReply(int timeoutMs)
{
    return take([](const QJsonObject &o) { return o.contains(QStringLiteral("ok")); }, timeoutMs);
}

QJsonObject RawClient::nextEvent(const QString &type, int timeoutMs)
{
    return take([type](const QJsonObject &o) { return o.value(QStringLiteral("type")).toString() == type && o.contains(QStringLiteral("seq")); },
                timeoutMs);
}

bool RawClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

bool RawClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool RawClient::hello(int protocolVersion)
{
    return request(QStringLiteral("hello"), {{QStringLiteral("protocolVersion"), protocolVersion},
                                             {QStringLiteral("client"), QStringLiteral("raw-test")},
                                             {QStringLiteral("clientVersion"), QStringLiteral("1")}})
        .value(QStringLiteral("ok"))
        .toBool();
}

bool RawClient::helloAndLogin(const QString &staffId, const QString &password)
{
    if (!hello())
        return false;
    const auto login = request(QStringLiteral("auth.login"),
                               {{QStringLiteral("staffId"), staffId}, {QStringLiteral("password"), password}});
    return login.value(QStringLiteral("ok")).toBool();
}

bool RawClient::helloAndDevice(const QString &token)
{
    if (!hello())
        return false;
    return request(QStringLiteral("auth.device"), {{QStringLiteral("token"), token}}).value(QStringLiteral("ok")).toBool();
}

QString RawClient::errorCode(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace hallq::test
