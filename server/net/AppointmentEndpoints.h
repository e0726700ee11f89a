#pragma once

#include "appointments/ApiKey.h"
#include "net/HttpReply.h"
#include "net/RateLimiter.h"
#include "protocol/AppointmentMessages.h"
#include "protocol/ErrorCode.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QStringList>

class QHttpServer;
class QHttpServerRequest;
class QTcpSocket;

namespace hallq::net {

class AppointmentService;
class HallCore;

// The appointments HTTP API for outside systems (docs/api.md), under
// /api/v1/appointments: slots, book, look up, list a day, cancel. Every request
// carries an API key (Authorization: Bearer …) scoped to appointments; each
// key has its own rate limit, and failed authentications are limited per
// client address. A refused request changes nothing and gets a typed JSON
// error; an accepted change is answered only once it is durable.
class AppointmentEndpoints
{
public:
    // `service` null: the hall takes no appointments (every call: 503).
    AppointmentEndpoints(HallCore &core, AppointmentService *service);
    void install(QHttpServer &server);

    static int httpStatus(protocol::ErrorCode code);

private:
    struct Call
    {
        const QHttpServerRequest &request;
        HttpReply reply;
        QStringList path; // segments after /api/v1/appointments
        QString actor;    // the API key id
    };
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    std::optional<protocol::Error> authenticate(Call &call);
    void dispatch(Call &call);

    void slotList(Call &call);
    void book(Call &call);
    void lookup(Call &call);
    void list(Call &call);
    void get(Call &call, const QString &code);
    void cancel(Call &call, const QString &code);

    // Answers once what is pending is durable, like every read.
    void answer(const HttpReply &reply, int status, const QJsonObject &body);
    // `status` 0: the error code's (httpStatus).
    void fail(const HttpReply &reply, const protocol::Error &error, const HttpReply::Headers &extra = {},
              int status = 0);
    std::optional<QJsonObject> jsonBody(Call &call);
    QJsonObject appointmentJson(const protocol::AppointmentInfo &info) const;

    HallCore &m_core;
    AppointmentService *m_service;
    QElapsedTimer m_clock;
    QHash<QString, RateLimiter> m_keyLimits;
    QHash<QHostAddress, RateLimiter> m_failureLimits;
    // Valid keys seen lately (by token hash), so a busy integration does not cost
    // a database read per request; a revocation takes effect within kKeyCacheMs.
    struct CachedKey
    {
        appointments::ApiKey key;
        qint64 untilMs = 0;
    };
    QHash<QString, CachedKey> m_keys;
};

} // namespace hallq::net
