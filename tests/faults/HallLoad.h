#pragma once

#include "client/HallSession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

namespace hallq::test {

// Sustained load on a real server for the fault tests: a kiosk issuing and
// counters calling, serving and finishing, as fast as replies come back, and
// a log of every operation the server acknowledged. The sessions reconnect on
// their own when the server dies; the loops carry on once they are Ready.
class HallLoad : public QObject
{
    Q_OBJECT

public:
    struct Issued
    {
        qint64 ticketId;
        QString number;
    };
    struct Called
    {
        qint64 ticketId;
        int window;
    };

    HallLoad(const QUrl &url, const QString &kioskToken, const QList<std::pair<QString, int>> &counters,
             const QString &password, const QString &serviceId);
    ~HallLoad() override;

    // Starts the sessions and waits until all are ready (false on timeout).
    bool start(int timeoutMs = 15000);
    void setRunning(bool running);
    bool allReady() const;
    // Waits until every session is ready again; the time it took in ms, or -1.
    qint64 waitAllReady(int timeoutMs);

    const QList<Issued> &issued() const { return m_issued; }
    const QList<Called> &called() const { return m_called; }
    int finished() const { return m_finished; }

private:
    struct Counter
    {
        std::unique_ptr<client::HallSession> session;
        int window = 0;
    };
    void issueLoop();
    void counterLoop(int index);
    void counterAfterBusy(int index);
    void later(std::function<void()> step, int ms = 20);

    QString m_service;
    bool m_running = false;
    std::unique_ptr<client::HallSession> m_kiosk;
    std::vector<Counter> m_counters;
    QList<Issued> m_issued;
    QList<Called> m_called;
    int m_finished = 0;
};

} // namespace hallq::test
