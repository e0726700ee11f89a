#include "storage/DurableWriter.h"

#include "storage/StorageError.h"
#include "storage/StorageLog.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace hallq::storage {

struct DurableWriter::Impl
{
    StoreFactory openStore;
    mutable std::mutex mutex;
    std::condition_variable work;     // the writer waits here for submissions or stop
    std::condition_variable progress; // waitForDurable waits here
    QList<engine::ChangeSet> queue;   // submissions lastDurable+1 .. lastSubmitted not yet taken
    quint64 lastSubmitted = 0;
    quint64 lastDurable = 0;
    int largestBatch = 0;
    bool stopping = false;
    bool failed = false;
    std::thread thread;

    void run(DurableWriter *q);
    void fail(DurableWriter *q, const QString &message);
};

DurableWriter::DurableWriter(StoreFactory openStore, QObject *parent) : QObject(parent), d(std::make_unique<Impl>())
{
    d->openStore = std::move(openStore);
    d->thread = std::thread([this] { d->run(this); });
}

DurableWriter::~DurableWriter()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->work.notify_all();
    d->thread.join();
}

quint64 DurableWriter::submit(engine::ChangeSet changes)
{
    quint64 number = 0;
    {
        std::lock_guard lock(d->mutex);
        if (d->failed || d->stopping)
            return 0;
        d->queue.append(std::move(changes));
        number = ++d->lastSubmitted;
    }
    d->work.notify_one();
    return number;
}

quint64 DurableWriter::lastSubmitted() const
{
    std::lock_guard lock(d->mutex);
    return d->lastSubmitted;
}

quint64 DurableWriter::lastDurable() const
{
    std::lock_guard lock(d->mutex);
    return d->lastDurable;
}

bool DurableWriter::waitForDurable(int timeoutMs)
{
    std::unique_lock lock(d->mutex);
    const quint64 target = d->lastSubmitted;
    d->progress.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                         [&] { return d->lastDurable >= target || d->failed; });
    return d->lastDurable >= target;
}

int DurableWriter::largestBatch() const
{
    std::lock_guard lock(d->mutex);
    return d->largestBatch;
}

// The writer thread: opens its own store (a connection belongs to the thread
// that made it), then repeatedly takes everything queued and commits it as
// one transaction. Stops when asked and the queue is empty, or on failure.
void DurableWriter::Impl::run(DurableWriter *q)
{
    std::unique_ptr<Store> store;
    try {
        store = openStore();
    } catch (const std::exception &e) {
        fail(q, u"cannot open the store: %1"_s.arg(QString::fromUtf8(e.what())));
        return;
    }

    for (;;) {
        QList<engine::ChangeSet> batch;
        quint64 upTo = 0;
        {
            std::unique_lock lock(mutex);
            work.wait(lock, [this] { return stopping || !queue.isEmpty(); });
            if (queue.isEmpty())
                return; // stopping, and everything submitted is durable
            batch.swap(queue);
            upTo = lastSubmitted;
        }
        try {
            store->commit(batch);
        } catch (const std::exception &e) {
            fail(q, QString::fromUtf8(e.what()));
            return;
        }
        {
            std::lock_guard lock(mutex);
            lastDurable = upTo;
            largestBatch = std::max(largestBatch, int(batch.size()));
        }
        progress.notify_all();
        QMetaObject::invokeMethod(q, [q, upTo] { emit q->durable(upTo); }, Qt::QueuedConnection);
    }
}

void DurableWriter::Impl::fail(DurableWriter *q, const QString &message)
{
    qCCritical(lcStorage) << "durable writer stopped:" << message;
    {
        std::lock_guard lock(mutex);
        failed = true;
        queue.clear(); // never acknowledged, never committed
    }
    progress.notify_all();
    QMetaObject::invokeMethod(q, [q, message] { emit q->failed(message); }, Qt::QueuedConnection);
}

} // namespace hallq::storage
