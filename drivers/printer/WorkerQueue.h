#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace hallq::printer {

// One worker thread running tasks in submission order (tickets print in the
// order they were issued); each task's result arrives through a QFuture.
class WorkerQueue
{
public:
    WorkerQueue() { m_pool.setMaxThreadCount(1); }
    ~WorkerQueue() { m_pool.waitForDone(); }
    WorkerQueue(const WorkerQueue &) = delete;
    WorkerQueue &operator=(const WorkerQueue &) = delete;

    template <typename T, typename F>
    QFuture<T> run(F task)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        m_pool.start([promise, task = std::move(task)]() mutable {
            promise->addResult(task());
            promise->finish();
        });
        return future;
    }
    void waitForDone() { m_pool.waitForDone(); }

private:
    QThreadPool m_pool;
};

// A future that is already finished with `value`.
template <typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return future;
}

} // namespace hallq::printer
