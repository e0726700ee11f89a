#pragma once

#include "net/ClientConnection.h"
#include "net/LoginThrottle.h"
#include "net/ServerContext.h"
#include "protocol/MessageTable.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace hallq::net {

// hello, authentication, ping and subscriptions.
class SessionHandlers : public QObject
{
    Q_OBJECT
public:
    explicit SessionHandlers(ServerContext &context, QObject *parent = nullptr);

    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::HelloRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AuthLoginRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::AuthDeviceRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::PingRequest &r);
    void handle(ClientConnection &c, const protocol::Envelope &e, const protocol::SubscribeRequest &r);

    // The connection is gone: stop sending it events.
    void forget(ClientConnection &c);

private:
    protocol::HallSnapshot snapshot() const;
    void loginChecked(QPointer<ClientConnection> c, const protocol::Envelope &e, const QString &staffId, bool ok);

    ServerContext &m_context;
    LoginThrottle m_throttle;
    QElapsedTimer m_clock;
    // Checked against when the staff id is unknown, so an unknown id takes as
    // long to refuse as a wrong password (no id discovery by timing).
    QString m_dummyHash;
    int m_loginsInFlight = 0; // queued or running password checks, hall-wide
    // Last member: its destructor waits for running checks, which call back into this object.
    QThreadPool m_verifiers;
};

} // namespace hallq::net
