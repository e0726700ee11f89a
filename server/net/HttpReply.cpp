#include "net/HttpReply.h"

#include <QJsonDocument>

namespace hallq::net {

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: break;
    }
    return status >= 500 ? QByteArrayLiteral("Internal Server Error") : QByteArrayLiteral("Error");
}

void HttpReply::sendJson(int status, const QJsonObject &body, const Headers &extra) const
{
    if (!connected())
        return;
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
                     "Content-Type: application/json; charset=utf-8\r\n"
                     "Cache-Control: no-store\r\n"
                     "Content-Length: " + QByteArray::number(json.size()) + "\r\n";
    for (const auto &[name, value] : extra)
        out += name + ": " + value + "\r\n";
    if (m_close)
        out += "Connection: close\r\n";
    out += "\r\n" + json;
    m_socket->write(out);
    if (m_close)
        m_socket->disconnectFromHost(); // after the write drains
}

} // namespace hallq::net
