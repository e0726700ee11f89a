#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QTcpSocket;

namespace hallq::display {

// The hall's 政务公开 notices, from the server's /config (the hall file the
// server runs), so a hall edits them in one place. A plain HTTP/1.0 GET on a
// socket of its own: QNetworkAccessManager would load the TLS stack and a
// cache a board never needs (memory on a small board PC); wss:// servers get
// a TLS socket. Errors are logged; the board keeps what it had.
class NoticeFetcher : public QObject
{
    Q_OBJECT
public:
    explicit NoticeFetcher(QObject *parent = nullptr);

    // http(s)://host:port/config for a ws(s):// server address.
    static QUrl configUrl(const QUrl &server);
    // The notices of a hall file's JSON (an HTTP response body).
    static QStringList noticesOf(const QByteArray &json);
    void fetch(const QUrl &server);

signals:
    void fetched(const QStringList &notices);

private:
    void finished(QTcpSocket *socket, const QByteArray &response);

    QPointer<QTcpSocket> m_socket;
};

} // namespace hallq::display
