#include "LoadWorker.h"

#include <QMetaObject>

namespace hallq::bench {

LoadWorker::LoadWorker(LoadPeer::Shared &shared) : m_shared(shared)
{
    m_thread.start();
    moveToThread(&m_thread);
    inThread([this] {
        m_timer = new QTimer(this);
        m_timer->setInterval(2);
        connect(m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = steadyNs();
            for (size_t i = 0; i < m_peers.size(); ++i) {
                if (m_intervalNs <= 0 || now < m_due[i])
                    continue;
                m_peers[i]->step();
                m_due[i] += m_intervalNs;
                if (m_due[i] < now)
                    m_due[i] = now + m_intervalNs; // fell behind: do not burst to catch up
            }
        });
    });
}

LoadWorker::~LoadWorker()
{
    inThread([this] {
        m_peers.clear();
        delete m_timer;
        m_timer = nullptr;
    });
    m_thread.quit();
    m_thread.wait();
}

template <class F>
void LoadWorker::inThread(F f)
{
    if (QThread::currentThread() == &m_thread)
        f();
    else
        QMetaObject::invokeMethod(this, f, Qt::BlockingQueuedConnection);
}

void LoadWorker::add(const std::vector<Spec> &specs)
{
    inThread([this, &specs] {
        for (const Spec &s : specs) {
            m_peers.push_back(std::make_unique<LoadPeer>(s.role, s.url, s.credential, s.index, s.services, m_shared));
            m_due.push_back(0);
            m_peers.back()->open();
        }
    });
}

void LoadWorker::setPace(double stepsPerSecondEach)
{
    inThread([this, stepsPerSecondEach] {
        m_intervalNs = stepsPerSecondEach > 0 ? qint64(1e9 / stepsPerSecondEach) : 0;
        const qint64 now = steadyNs();
        // Spread the first steps over one interval so the load is even.
        for (size_t i = 0; i < m_due.size(); ++i)
            m_due[i] = now + (m_intervalNs > 0 ? qint64(i) * m_intervalNs / qint64(m_due.size()) : 0);
        if (m_intervalNs > 0)
            m_timer->start();
        else
            m_timer->stop();
    });
}

void LoadWorker::setMeasuring(bool on)
{
    inThread([this, on] {
        for (auto &p : m_peers)
            p->setMeasuring(on);
    });
}

std::vector<double> LoadWorker::latencies()
{
    std::vector<double> out;
    inThread([this, &out] {
        for (auto &p : m_peers)
            out.insert(out.end(), p->latenciesMs.begin(), p->latenciesMs.end());
    });
    return out;
}

std::vector<std::pair<QString, qint64>> LoadWorker::calls()
{
    std::vector<std::pair<QString, qint64>> out;
    inThread([this, &out] {
        for (auto &p : m_peers)
            out.insert(out.end(), p->calls.begin(), p->calls.end());
    });
    return out;
}

void LoadWorker::clearCalls()
{
    inThread([this] {
        for (auto &p : m_peers)
            p->calls.clear();
    });
}

} // namespace hallq::bench
