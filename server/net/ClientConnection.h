#pragma once

#include "net/ConnectionLimits.h"
#include "net/Principal.h"
#include "net/RateLimiter.h"
#include "protocol/Builders.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <memory>

namespace hallq::net {

// One client's WebSocket: enforces the frame limits and the message rate,
// parses envelopes, and hands well-formed requests on. It knows nothing of
// what the requests mean. Misbehaviour gets a typed error reply; a client
// that keeps misbehaving is disconnected.
class ClientConnection : public QObject
{
    Q_OBJECT
public:
    ClientConnection(std::unique_ptr<QWebSocket> socket, const ConnectionLimits &limits, QObject *parent = nullptr);
    ~ClientConnection() override;

    quintptr key() const { return quintptr(this); }
    Principal &principal() { return m_principal; }
    const Principal &principal() const { return m_principal; }
    bool greeted() const { return m_greeted; }
    // One password check per connection at a time.
    bool loginInFlight() const { return m_loginInFlight; }
    void setLoginInFlight(bool on) { m_loginInFlight = on; }
    void setGreeted() { m_greeted = true; }
    QString peer() const;
    // Closed or closing: nothing more should be sent or registered for it.
    bool closing() const;

    void sendFrame(const QString &frame);
    void send(const protocol::Envelope &envelope);
    template <class Reply>
    void reply(const protocol::Envelope &request, const Reply &body)
    {
        send(protocol::makeReply(request, body));
    }
    // An error reply; `countsAsViolation` for errors that only a broken or hostile client causes.
    void fail(const protocol::Envelope &request, const protocol::Error &error, bool countsAsViolation = false);
    void close(const QString &reason);

signals:
    void requestReceived(hallq::net::ClientConnection *connection, const hallq::protocol::Envelope &request);
    void closed(hallq::net::ClientConnection *connection);

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void violation();

    std::unique_ptr<QWebSocket> m_socket;
    ConnectionLimits m_limits;
    RateLimiter m_rate;
    QElapsedTimer m_clock;
    Principal m_principal;
    bool m_greeted = false;
    bool m_loginInFlight = false;
    bool m_closing = false;
    QTimer m_authDeadline;
    int m_violations = 0;
    qint64 m_lastRequestId = 0; // request ids must increase: replays are refused
};

} // namespace hallq::net
