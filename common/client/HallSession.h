#pragma once

#include "client/EventOrigin.h"
#include "client/EventSequencer.h"
#include "client/PendingRequests.h"
#include "client/ReconnectBackoff.h"

#include "protocol/Protocol.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <type_traits>
#include <variant>

class QWebSocket;

namespace hallq::client {

// One connection to the HallQ server, as every app uses it:
// hello -> auth.login / auth.device -> subscribe (resuming from the epoch and
// last seq it saw) -> Ready; then typed requests and events. The link is kept
// alive with a ping, dropped links are re-opened with jittered exponential
// backoff, and nothing is queued or lost silently: every request callback runs
// exactly once (unless its context object died or the session itself is
// destroyed), with the reply or an Error.
//
// Connection failures are signals (stateChanged/errorOccurred); a request's
// failure is its callback's Error. Holds no hall state: HallMirror does.
class HallSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY stateChanged)
    Q_PROPERTY(int reconnectAttempts READ reconnectAttempts NOTIFY reconnectAttemptsChanged)

public:
    enum class State { Disconnected, Connecting, Authenticating, Subscribing, Ready };
    Q_ENUM(State)

    template<class Req>
    using ReplyOf = typename protocol::MessageTraits<Req>::Reply;
    template<class Req>
    using Callback = std::function<void(std::variant<ReplyOf<Req>, protocol::Error>)>;

    explicit HallSession(QObject *parent = nullptr);
    ~HallSession() override;

    // --- configuration (takes effect on the next connection) ---
    void setServerUrl(const QUrl &url);
    void setStaffCredentials(const QString &staffId, const QString &password);
    void setDeviceToken(const QString &token);
    // scope "hall" (window 0) or "window" with a window number.
    void setSubscription(const QString &scope, int window = 0);
    void setClientInfo(const QString &name, const QString &version);
    void setFeatures(const QStringList &features);
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // 0 disables the keepalive. A ping unanswered within the request timeout
    // drops the link, which then reconnects: a dead link is noticed within
    // interval + timeout even when TCP does not notice it at all.
    void setPingInterval(std::chrono::milliseconds interval);
    ReconnectBackoff &backoff() { return m_backoff; }

    // --- lifecycle ---
    // Connects and keeps reconnecting until stop(), except after a failure
    // only a person can fix (auth_failed, forbidden, not_authenticated,
    // version_mismatch): then it stops by itself and lastError() says why.
    void start();
    // Closes the link; pending requests fail with Unavailable right away. The
    // resume position is kept, so a later start() resumes.
    void stop();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    // The last connection/handshake failure; code Unavailable for network ones.
    std::optional<protocol::Error> lastError() const { return m_lastError; }
    // Failed attempts since the last time the session was Ready.
    int reconnectAttempts() const { return m_backoff.attempts(); }

    QString epoch() const { return m_events.epoch(); }
    qint64 lastSeq() const { return m_events.lastSeq(); }
    std::optional<protocol::HelloReply> serverHello() const { return m_hello; }
    std::optional<protocol::LoginReply> login() const { return m_login; }
    std::optional<protocol::DeviceReply> device() const { return m_device; }
    // Local time corrected by the offset measured with pings, so "how old is
    // this call" does not depend on the board's own clock being right.
    QDateTime serverNow() const;

    // Sends a typed request; `done` gets the typed reply or an Error. While
    // not Ready it fails with Unavailable ("not connected"); after the request
    // timeout with Unavailable ("timeout"); on a dropped link with Unavailable.
    // `done` always runs from the event loop, never inside request().
    template<class Req>
    void request(const Req &req, std::type_identity_t<Callback<Req>> done)
    {
        request(req, nullptr, std::move(done));
    }
    // As above; `done` is skipped if `context` is destroyed first, and a
    // non-zero `timeout` replaces the session's request timeout for this one.
    template<class Req>
    void request(const Req &req, QObject *context, std::type_identity_t<Callback<Req>> done,
                 std::chrono::milliseconds timeout = {})
    {
        send(protocol::makeRequest(req, nextId()), Gate::Ready, timeout,
             PendingRequests::Entry(
                 [done = std::move(done)](const PendingRequests::Result &r) {
                     if (const auto *e = std::get_if<protocol::Error>(&r))
                         return done(*e);
                     done(protocol::decodeReply<Req>(std::get<protocol::Envelope>(r)));
                 },
                 context));
    }

signals:
    void stateChanged(hallq::client::HallSession::State state);
    void errorOccurred(const hallq::protocol::Error &error);
    void reconnectScheduled(int attempt, int delayMs);
    void reconnectAttemptsChanged();
    // After each successful subscribe; resumed == false means a snapshot came.
    void subscribed(bool resumed);
    void snapshotReceived(const hallq::protocol::HallSnapshot &snapshot);
    // Every event in seq order, duplicates dropped; typed forms follow.
    void eventReceived(const hallq::protocol::Envelope &event);
    void callEvent(const hallq::protocol::CallEvent &event, hallq::client::EventOrigin origin);
    void windowEvent(const hallq::protocol::WindowEvent &event, hallq::client::EventOrigin origin);
    void queueEvent(const hallq::protocol::QueueEvent &event, hallq::client::EventOrigin origin);
    void serviceEvent(const hallq::protocol::ServiceEvent &event, hallq::client::EventOrigin origin);
    void ticketEvent(const hallq::protocol::TicketEvent &event, hallq::client::EventOrigin origin);

private:
    // Which state a request needs: handshake steps go out before Ready.
    enum class Gate { Handshake, Ready };

    qint64 nextId() { return ++m_lastId; }
    // timeout 0: the session's request timeout.
    void send(const protocol::Envelope &request, Gate gate, std::chrono::milliseconds timeout,
              PendingRequests::Entry entry);
    // A request the session makes itself (handshake, ping): a failure is a
    // link failure, and callbacks of a link that is already gone are ignored.
    template<class Req, class OnReply, class OnError>
    void sendInternal(const Req &req, Gate gate, OnReply onReply, OnError onError);
    template<class Req, class OnReply>
    void sendInternal(const Req &req, Gate gate, OnReply onReply);

    void connectNow();
    // Closes the socket, fails what is pending, goes Disconnected.
    void teardown(const protocol::Error &why);
    // teardown + lastError + reconnect with backoff.
    void dropConnection(const protocol::Error &why);
    // A handshake/keepalive failure: reconnect, or stop if retrying cannot help.
    void linkFailed(const protocol::Error &error);
    void scheduleReconnect();
    void setState(State state);
    void setLastError(const protocol::Error &error);

    void onConnected();
    void onTextMessage(const QString &text);
    void sendAuth();
    void sendSubscribe();
    void onSubscribed(const protocol::SubscribeReply &reply);
    void restartPing();
    void sendPing();

    void dispatchEvent(const protocol::Envelope &event, EventOrigin origin);

    // configuration
    QUrl m_url;
    QString m_staffId;
    QString m_password; // kept only in memory, for re-login on reconnect; never logged
    QString m_deviceToken;
    QString m_scope = QStringLiteral("hall");
    int m_window = 0;
    QString m_clientName = QStringLiteral("hallq-client");
    QString m_clientVersion = QStringLiteral("0.1.0");
    QStringList m_features;
    std::chrono::milliseconds m_requestTimeout{10000};
    std::chrono::milliseconds m_pingInterval{15000};

    // connection
    bool m_running = false;
    State m_state = State::Disconnected;
    QWebSocket *m_socket = nullptr;
    quint64 m_generation = 0; // bumped per connection: late callbacks of an old one are ignored
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    bool m_pingInFlight = false;
    std::optional<protocol::Error> m_lastError;
    std::optional<protocol::HelloReply> m_hello;
    std::optional<protocol::LoginReply> m_login;
    std::optional<protocol::DeviceReply> m_device;
    qint64 m_clockOffsetMs = 0;
    bool m_clockMeasured = false; // by a ping round trip, better than the snapshot's time

    qint64 m_lastId = 0;
    PendingRequests m_pending;
    EventSequencer m_events;
};

} // namespace hallq::client
