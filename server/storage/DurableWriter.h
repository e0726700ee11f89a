#pragma once

#include "engine/ChangeSet.h"
#include "storage/Store.h"

#include <QObject>
#include <functional>
#include <memory>

namespace hallq::storage {

// The single writer. submit() queues a ChangeSet from the engine's thread and
// returns its sequence number; a writer thread takes everything queued
// meanwhile and commits it in one transaction (group commit). After each
// commit `durable(upTo)` is emitted (delivered queued to this object's
// thread): every submission with a number <= upTo is on disk.
// A commit failure is fatal to the process's promises: `failed` is emitted
// and nothing further is acknowledged.
//
// Durability contract: `durable(upTo)` is emitted only after the transaction
// holding submissions <= upTo has committed on a store opened with
// synchronous=FULL (SqliteStore), i.e. after the WAL was fsynced; a crash or
// power loss after the signal cannot lose them. Whatever was not yet
// acknowledged may be lost, never partially applied (one transaction per
// batch). After `failed`, submit() returns 0 and nothing is acknowledged
// again. Unless a commit failed, the destructor commits what is queued,
// then joins the writer thread.
// The factory must return an opened, migrated store.
class DurableWriter : public QObject
{
    Q_OBJECT
public:
    using StoreFactory = std::function<std::unique_ptr<Store>()>;
    // The factory runs on the writer thread (a QSqlDatabase belongs to one thread).
    explicit DurableWriter(StoreFactory openStore, QObject *parent = nullptr);
    ~DurableWriter() override; // commits what is queued, then stops

    quint64 submit(engine::ChangeSet changes);
    quint64 lastSubmitted() const;
    quint64 lastDurable() const;
    // Blocks until everything submitted so far is durable (tests, shutdown).
    bool waitForDurable(int timeoutMs = 10000);
    // Largest batch committed in one transaction so far (benchmark figure).
    int largestBatch() const;

signals:
    void durable(quint64 upTo);
    void failed(const QString &message);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hallq::storage
