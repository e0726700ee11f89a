#pragma once

#include "storage/Store.h"

#include <atomic>
#include <memory>
#include <semaphore>

// A Store whose first commit() stops until the test opens the gate: it makes
// "the writer is busy" a fact the test controls instead of a race it hopes for.
// Everything else is forwarded to the real store.
class GatedStore : public hallq::storage::Store
{
public:
    struct Gate
    {
        std::binary_semaphore entered{0}; // released when the first commit has begun
        std::binary_semaphore open{0};    // the test releases it to let that commit go on
    };

    GatedStore(std::unique_ptr<hallq::storage::Store> inner, Gate &gate) : m_inner(std::move(inner)), m_gate(gate) {}

    void commit(const QList<hallq::engine::ChangeSet> &batch) override;

    void migrate() override { m_inner->migrate(); }
    int schemaVersion() override { return m_inner->schemaVersion(); }
    hallq::engine::EngineState loadState(const QDate &day) override { return m_inner->loadState(day); }
    QList<hallq::engine::Event> events(qint64 afterId, int limit) override { return m_inner->events(afterId, limit); }
    std::optional<hallq::storage::StaffAccount> findStaff(const QString &id) override { return m_inner->findStaff(id); }
    QList<hallq::storage::StaffAccount> listStaff() override { return m_inner->listStaff(); }
    void saveStaff(const hallq::storage::StaffAccount &a) override { m_inner->saveStaff(a); }
    std::optional<hallq::storage::DeviceToken> findDeviceByTokenHash(const QString &hash) override
    {
        return m_inner->findDeviceByTokenHash(hash);
    }
    QList<hallq::storage::DeviceToken> listDevices() override { return m_inner->listDevices(); }
    void saveDevice(const hallq::storage::DeviceToken &d) override { m_inner->saveDevice(d); }
    bool revokeDevice(const QString &id) override { return m_inner->revokeDevice(id); }
    std::optional<QString> setting(const QString &key) override { return m_inner->setting(key); }
    void setSetting(const QString &key, const QString &value) override { m_inner->setSetting(key, value); }
    int purgeIdentities(const QDate &before) override { return m_inner->purgeIdentities(before); }

private:
    std::unique_ptr<hallq::storage::Store> m_inner;
    Gate &m_gate;
    std::atomic<bool> m_passed{false};
};
