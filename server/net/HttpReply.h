#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

namespace hallq::net {

// One HTTP/1.1 response written straight to the client's socket, possibly
// long after the request arrived; nothing is written when the client has
// gone in the meantime.
class HttpReply
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpReply(QTcpSocket *socket, bool closeAfter) : m_socket(socket), m_close(closeAfter) {}

    void sendJson(int status, const QJsonObject &body, const Headers &extra = {}) const;
    bool connected() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

    static QByteArray reasonPhrase(int status);

private:
    QPointer<QTcpSocket> m_socket;
    bool m_close = false;
};

} // namespace hallq::net
