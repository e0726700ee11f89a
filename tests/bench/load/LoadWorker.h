#pragma once

#include "LoadPeer.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>
#include <vector>

namespace hallq::bench {

// A thread of the load client holding many LoadPeers (several connections
// per thread), stepping the kiosks and counters at their paced interval.
class LoadWorker : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        LoadPeer::Role role;
        QUrl url;
        QString credential;
        int index;
        int services;
    };

    explicit LoadWorker(LoadPeer::Shared &shared);
    ~LoadWorker() override;

    // Thread-safe: create and open the peers in the worker's thread.
    void add(const std::vector<Spec> &specs);
    void setPace(double stepsPerSecondEach); // 0 stops stepping
    void setMeasuring(bool on);
    // Collected results (call after the load stopped).
    std::vector<double> latencies();
    std::vector<std::pair<QString, qint64>> calls();
    void clearCalls();

private:
    template <class F>
    void inThread(F f);

    LoadPeer::Shared &m_shared;
    QThread m_thread;
    std::vector<std::unique_ptr<LoadPeer>> m_peers;
    QTimer *m_timer = nullptr;
    qint64 m_intervalNs = 0;
    std::vector<qint64> m_due;
};

} // namespace hallq::bench
