#include "core/NoticeFetcher.h"

#include "core/DisplayLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hallq::display {

namespace {
constexpr int kTimeoutMs = 10000;
constexpr qsizetype kMaxResponse = 4 * 1024 * 1024;
} // namespace

NoticeFetcher::NoticeFetcher(QObject *parent)
    : QObject(parent)
{
}

QUrl NoticeFetcher::configUrl(const QUrl &server)
{
    QUrl url = server;
    url.setScheme(server.scheme() == u"wss" ? u"https"_s : u"http"_s);
    url.setPath(u"/config"_s);
    return url;
}

QStringList NoticeFetcher::noticesOf(const QByteArray &json)
{
    QStringList notices;
    for (const auto &v : QJsonDocument::fromJson(json).object().value(u"notices"_s).toArray())
        if (!v.toString().trimmed().isEmpty())
            notices << v.toString().trimmed();
    return notices;
}

void NoticeFetcher::fetch(const QUrl &server)
{
    if (m_socket)
        return; // one at a time
    const QUrl url = configUrl(server);
    const bool tls = url.scheme() == u"https";
    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    auto *response = new QByteArray;
    connect(socket, &QObject::destroyed, this, [response] { delete response; });
    const auto request = u"GET /config HTTP/1.0\r\nHost: %1\r\nAccept: application/json\r\n\r\n"_s.arg(url.authority());
    const auto send = [socket, request] { socket->write(request.toUtf8()); };
    if (tls)
        connect(static_cast<QSslSocket *>(socket), &QSslSocket::encrypted, socket, send);
    else
        connect(socket, &QTcpSocket::connected, socket, send);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, response] {
        *response += socket->readAll();
        if (response->size() > kMaxResponse)
            return socket->abort();
        // Done when the body has its Content-Length (the server may keep the connection open).
        const qsizetype headerEnd = response->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        static const QByteArray kLength = "content-length:";
        const QByteArray headers = response->left(headerEnd).toLower();
        const qsizetype at = headers.indexOf(kLength);
        if (at < 0)
            return; // no length: the end of the connection ends the body
        const qsizetype lineEnd = headers.indexOf("\r\n", at);
        const qsizetype length = headers.mid(at + kLength.size(), lineEnd < 0 ? -1 : lineEnd - at - kLength.size())
                                     .trimmed()
                                     .toLongLong();
        if (response->size() - headerEnd - 4 >= length) {
            socket->disconnect(this);
            finished(socket, *response);
        }
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket, response] { finished(socket, *response); });
    connect(socket, &QTcpSocket::errorOccurred, this, [socket, url](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // the end of an HTTP/1.0 response: disconnected() follows
        qCWarning(lcDisplay) << "notices: cannot read" << url.toDisplayString() << ":" << socket->errorString();
        socket->deleteLater();
    });
    QTimer::singleShot(kTimeoutMs, socket, [socket] { socket->abort(); });
    if (tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    else
        socket->connectToHost(url.host(), quint16(url.port(80)));
}

void NoticeFetcher::finished(QTcpSocket *socket, const QByteArray &response)
{
    socket->deleteLater();
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    const QByteArray status = response.left(response.indexOf("\r\n"));
    if (headerEnd < 0 || !status.contains(" 200 ")) {
        qCWarning(lcDisplay) << "notices: the server answered" << status << "for /config";
        return;
    }
    const QStringList notices = noticesOf(response.mid(headerEnd + 4));
    qCInfo(lcDisplay) << "notices:" << notices.size() << "from the server";
    emit fetched(notices);
}

} // namespace hallq::display
