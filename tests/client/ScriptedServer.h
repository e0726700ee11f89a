#pragma once

#include "protocol/Protocol.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocketServer>

#include <functional>

class QWebSocket;

namespace hallq::client::test {

// A stand-in server on 127.0.0.1 for HallSession's unit tests: it answers the
// handshake the way the protocol says (hello, auth, subscribe with a snapshot
// or a resume that replays its event log), records every request, and lets a
// test replace the answer to any message type (hold it, fail it, drop).
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(QWebSocket *peer, const protocol::Envelope &request)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen(quint16 port = 0);
    // Stops listening and drops every peer: the server "goes away".
    void shutdown();
    // Drops every peer but keeps listening.
    void dropPeers();
    QUrl url() const;

    void on(const QString &type, Handler handler) { m_handlers.insert(type, std::move(handler)); }
    // Records the request and never answers it.
    void hold(const QString &type);

    template<class Reply>
    void reply(QWebSocket *peer, const protocol::Envelope &request, const Reply &reply)
    {
        send(peer, protocol::makeReply(request, reply));
    }
    void replyError(QWebSocket *peer, const protocol::Envelope &request, protocol::ErrorCode code,
                    const QString &message);
    // Sends to every peer and keeps it in the log a resume replays from.
    template<class Event>
    void broadcast(const Event &event)
    {
        const protocol::Envelope e = protocol::makeEvent(event, ++m_seq);
        m_log.append(e);
        for (QWebSocket *peer : std::as_const(m_peers))
            send(peer, e);
    }
    void send(QWebSocket *peer, const protocol::Envelope &envelope);
    void sendRaw(QWebSocket *peer, const QByteArray &frame);

    // What a fresh subscribe gets; its epoch is the one a resume must name.
    protocol::HallSnapshot snapshot;
    qint64 seq() const { return m_seq; }
    void setSeq(qint64 seq) { m_seq = seq; }
    // Forget the log and move to a new epoch, as a restarted server would.
    void restartHistory(const QString &epoch, qint64 seq);

    QList<protocol::Envelope> received;
    QList<protocol::Envelope> receivedOf(const QString &type) const;
    int connectionCount() const { return m_connectionCount; }
    QList<QWebSocket *> peers() const { return m_peers; }

private:
    void onNewConnection();
    void onText(QWebSocket *peer, const QString &text);
    void answerSubscribe(QWebSocket *peer, const protocol::Envelope &request);

    QWebSocketServer m_server;
    quint16 m_port = 0;
    QList<QWebSocket *> m_peers;
    QHash<QString, Handler> m_handlers;
    QList<protocol::Envelope> m_log;
    qint64 m_seq = 0;
    int m_connectionCount = 0;
};

} // namespace hallq::client::test
