#pragma once

#include "client/ListModelBase.h"

#include "protocol/Shapes.h"

#include <optional>

namespace hallq::client {

// One row per service with its queue figures joined in, in the order the
// server lists services. A queue update for a service not (yet) known is kept
// and shown once the service arrives. Fed only by HallMirror.
struct ServiceQueueRow
{
    protocol::ServiceInfo service;
    std::optional<protocol::QueueInfo> queue;
};

class ServiceQueueModel : public ListModelBase<ServiceQueueRow>
{
    Q_OBJECT

public:
    enum Role {
        ServiceIdRole = Qt::UserRole + 1,
        NameRole,
        NameEnRole,
        PrefixRole,
        WaitingRole,
        EstimatedWaitSecondsRole,
        OpenWindowsRole,
        OpenRole,
        NextOpenRole,
    };
    Q_ENUM(Role)

    using ListModelBase::ListModelBase;

    QHash<int, QByteArray> roleNames() const override;
    int rowOf(const QString &serviceId) const;

private:
    friend class HallMirror;
    void reset(const QList<protocol::ServiceInfo> &services, const QList<protocol::QueueInfo> &queues);
    void upsertService(const protocol::ServiceInfo &service);
    void updateQueue(const protocol::QueueInfo &queue);

    std::optional<protocol::QueueInfo> takeOrphanQueue(const QString &serviceId);
    QVariant roleValue(const ServiceQueueRow &row, int role) const override;

    // Queues whose service has no row yet.
    QList<protocol::QueueInfo> m_orphanQueues;
};

} // namespace hallq::client
