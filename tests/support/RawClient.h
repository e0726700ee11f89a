#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>
#include <deque>

namespace hallq::test {

// A bare WebSocket peer that sends whatever a test wants, well-formed or not,
// and collects what comes back: for the protocol's bad-input and permission
// tests, where hallq_client would refuse to misbehave.
class RawClient
{
public:
    RawClient();
    bool open(const QUrl &url, int timeoutMs = 5000);
    void sendText(const QString &text);
    void sendJson(const QJsonObject &object);
    void sendBinary(const QByteArray &data);
    // Sends {"type", "id", "body"} and returns the reply with that id (skipping events).
    QJsonObject request(const QString &type, const QJsonObject &body, int timeoutMs = 5000);
    // The next frame that is a reply (has "ok"), or empty on timeout.
    QJsonObject nextReply(int timeoutMs = 5000);
    // The next event of `type`, or empty on timeout.
    QJsonObject nextEvent(const QString &type, int timeoutMs = 5000);
    bool waitForDisconnected(int timeoutMs = 5000);
    bool isConnected() const;
    // hello with this protocol version; true when the server accepts it.
    bool hello(int protocolVersion = 1);
    // hello + auth.login / auth.device; true when both succeed.
    bool helloAndLogin(const QString &staffId, const QString &password);
    bool helloAndDevice(const QString &token);

    static QString errorCode(const QJsonObject &reply);

private:
    QJsonObject take(const std::function<bool(const QJsonObject &)> &match, int timeoutMs);

    QWebSocket m_socket;
    std::deque<QJsonObject> m_inbox;
    qint64 m_nextId = 0;
};

} // namespace hallq::test
