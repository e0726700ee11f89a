#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace hallq::admin {

// A blocking client of the server's appointments HTTP API for hallq-admin:
// the server is the one authority on places and rules, so the admin books
// through it like any outside system (with an API key), never in the database.
class ApiClient
{
public:
    struct Response
    {
        int status = 0;       // 0: no answer (server down, timeout)
        QJsonObject json;
        QString transportError;

        bool ok() const { return status >= 200 && status < 300; }
        // "code: message" of an error answer, or the transport problem.
        QString problem() const;
    };

    ApiClient(QUrl server, QString key) : m_server(std::move(server)), m_key(std::move(key)) {}
    Response get(const QString &pathAndQuery) const { return send("GET", pathAndQuery, {}); }
    Response post(const QString &path, const QJsonObject &body) const;

private:
    Response send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body) const;

    QUrl m_server;
    QString m_key;
};

} // namespace hallq::admin
