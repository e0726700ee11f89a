#pragma once

#include "engine/Engine.h"
#include "engine/NaiveWaitEstimator.h"
#include "sim/HallBackend.h"

namespace hallq::sim {

// The day model against the real engine in this process, on the scheduler's
// virtual clock: no sockets, no disk. Each issue also records the naive
// formula beside the engine's own estimate, for the evaluation.
class EngineBackend : public HallBackend
{
public:
    explicit EngineBackend(engine::Engine &engine) : m_engine(engine) {}

    void startDay(const QDate &day) override;
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

    static QString staffOf(int window);

private:
    void answer(const engine::Result<engine::Operation> &result, const Done &done);

    engine::Engine &m_engine;
    engine::NaiveWaitEstimator m_naive;
    qint64 m_tokens = 0;
};

} // namespace hallq::sim
