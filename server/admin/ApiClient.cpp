#include "admin/ApiClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hallq::admin {

namespace {
constexpr int kTimeoutMs = 15000;
} // namespace

QString ApiClient::Response::problem() const
{
    if (status == 0)
        return transportError;
    const QJsonObject error = json.value(u"error").toObject();
    return u"%1: %2"_s.arg(error.value(u"code").toString(), error.value(u"message").toString());
}

ApiClient::Response ApiClient::post(const QString &path, const QJsonObject &body) const
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiClient::Response ApiClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body) const
{
    QUrl url = m_server;
    const qsizetype query = pathAndQuery.indexOf(u'?');
    url.setPath(query < 0 ? pathAndQuery : pathAndQuery.left(query));
    if (query >= 0)
        url.setQuery(pathAndQuery.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_key.toLatin1());
    request.setTransferTimeout(kTimeoutMs);

    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    if (r.status == 0)
        r.transportError = u"no answer from %1: %2"_s.arg(m_server.toString(), reply->errorString());
    reply->deleteLater();
    return r;
}

} // namespace hallq::admin
