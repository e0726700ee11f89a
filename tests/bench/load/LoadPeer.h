#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>
#include <atomic>
#include <chrono>
#include <vector>

namespace hallq::bench {

inline qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// One WebSocket connection of the load client, living in a LoadWorker's
// thread: a kiosk issuing, a counter cycling call → start → finish at its
// window, a board subscribed to the hall, or a bare socket of the baseline
// broadcast server. Frames are built and read with plain string work, not
// the protocol library, so the load client stays cheap next to the server.
class LoadPeer : public QObject
{
    Q_OBJECT

public:
    enum class Role { Kiosk, Counter, Board, Bare };

    struct Shared
    {
        std::atomic<int> ready{0};
        std::atomic<int> failed{0};
    };

    LoadPeer(Role role, const QUrl &url, const QString &credential, int index, int services, Shared &shared);

    void open();
    // One paced step (kiosks and counters); skipped while a request is in flight.
    void step();
    void setMeasuring(bool on) { m_measuring = on; }

    std::vector<double> latenciesMs;       // acknowledged operations while measuring
    std::vector<std::pair<QString, qint64>> calls; // boards: (ticket number or "go N" tag, arrival ns)

private:
    void onText(const QString &text);
    void send(const QString &type, const QString &body);
    void handshake(const QString &type, bool ok, const QString &text);
    void retry();

    Role m_role;
    QUrl m_url;
    QString m_credential;
    int m_index;
    int m_services;
    Shared &m_shared;
    QWebSocket m_socket;
    qint64 m_nextId = 0;
    qint64 m_sentAt = 0;
    int m_counterStep = 0;
    int m_issued = 0;
    int m_attempts = 0; // connections closed before ready
    static constexpr int kMaxAttempts = 10;
    bool m_retryPending = false;
    bool m_inFlight = false;
    bool m_ready = false;
    bool m_measuring = false;
};

} // namespace hallq::bench
