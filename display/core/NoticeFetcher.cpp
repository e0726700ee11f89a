#include "core/NoticeFetcher.h"

#include "core/DisplayLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace hallq::display {

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

void NoticeFetcher::fetch(const QUrl &server)
{
    QNetworkRequest request(configUrl(server));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            qCWarning(lcDisplay) << "notices: cannot read" << reply->url().toDisplayString() << ":"
                                 << reply->errorString();
            return;
        }
        const QJsonObject hall = QJsonDocument::fromJson(reply->readAll()).object();
        QStringList notices;
        for (const auto &v : hall.value(u"notices"_s).toArray())
            if (!v.toString().trimmed().isEmpty())
                notices << v.toString().trimmed();
        qCInfo(lcDisplay) << "notices:" << notices.size() << "from the server";
        emit fetched(notices);
    });
}

} // namespace hallq::display
