#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace hallq::display {

// The hall's 政务公开 notices, from the server's /config (the hall file the
// server runs), so a hall edits them in one place. Errors are logged; the
// board keeps what it had.
class NoticeFetcher : public QObject
{
    Q_OBJECT
public:
    explicit NoticeFetcher(QObject *parent = nullptr);

    // http(s)://host:port/config for a ws(s):// server address.
    static QUrl configUrl(const QUrl &server);
    void fetch(const QUrl &server);

signals:
    void fetched(const QStringList &notices);

private:
    QNetworkAccessManager m_network;
};

} // namespace hallq::display
