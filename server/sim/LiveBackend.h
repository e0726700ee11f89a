#pragma once

#include "engine/HallConfig.h"
#include "sim/HallBackend.h"

#include <QMap>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <memory>

namespace hallq::client {
class HallSession;
}

namespace hallq::sim {

// The day model against a running hallq-server over WebSockets: one counter
// session per window (staff "<prefix><window>") and a few issuing sessions
// taking turns, like a hall's several kiosks (each connection has its own
// rate limit). The issuer is a staff member with the supervisor role, so
// tickets are issued whatever the hour (the urgent-issue rule): a demo at
// night still moves.
// Appointments are issued as walk-ins (check-in belongs to the appointment flow).
class LiveBackend : public QObject, public HallBackend
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl url;
        QString staffPrefix = QStringLiteral("sim-");
        QString staffPassword;
        QString issuerStaff;
        QString issuerPassword;
        QList<int> windows;
        int issuers = 3; // parallel log-ins of one account beyond three are throttled as guessing
    };

    LiveBackend(const engine::HallConfig &hall, Options options, QObject *parent = nullptr);
    ~LiveBackend() override;

    // Starts every session and waits until all are ready; false with `error` on failure.
    bool connectAll(std::chrono::milliseconds timeout, QString *error);

    void startDay(const QDate &) override {} // the server closes its business days itself
    void issue(const Issue &issue, Done done) override;
    void openWindow(int window, Done done) override;
    void closeWindow(int window, Done done) override;
    void pauseWindow(int window, engine::PauseReason reason, Done done) override;
    void resumeWindow(int window, Done done) override;
    void callNext(int window, Done done) override;
    void recall(int window, Done done) override;
    void startServing(int window, Done done) override;
    void finish(int window, Done done) override;
    void noShow(int window, Done done) override;
    void transfer(int window, const QString &toService, Done done) override;

    // A valid-looking resident ID number for a simulated person (never a real one's pattern of use).
    static QString identityFor(const QString &person);

private:
    client::HallSession *counter(int window) const;
    template <class Req>
    void send(client::HallSession *session, const Req &req, Done done);

    const engine::HallConfig &m_hall;
    Options m_options;
    std::vector<std::unique_ptr<client::HallSession>> m_issuers;
    size_t m_nextIssuer = 0;
    QMap<int, client::HallSession *> m_counters; // owned as children
};

} // namespace hallq::sim
