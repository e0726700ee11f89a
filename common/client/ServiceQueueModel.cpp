#include "client/ServiceQueueModel.h"

namespace hallq::client {

QHash<int, QByteArray> ServiceQueueModel::roleNames() const
{
    return {
        {ServiceIdRole, "serviceId"},
        {NameRole, "name"},
        {NameEnRole, "nameEn"},
        {PrefixRole, "prefix"},
        {WaitingRole, "waiting"},
        {EstimatedWaitSecondsRole, "estimatedWaitSeconds"},
        {OpenWindowsRole, "openWindows"},
        {OpenRole, "open"},
        {NextOpenRole, "nextOpen"},
    };
}

int ServiceQueueModel::rowOf(const QString &serviceId) const
{
    return indexWhere([&](const ServiceQueueRow &r) { return r.service.id == serviceId; });
}

void ServiceQueueModel::reset(const QList<protocol::ServiceInfo> &services,
                              const QList<protocol::QueueInfo> &queues)
{
    m_orphanQueues = queues;
    QList<ServiceQueueRow> rows;
    rows.reserve(services.size());
    for (const auto &service : services) {
        rows.append(ServiceQueueRow{service, takeOrphanQueue(service.id)});
    }
    resetRows(std::move(rows));
}

void ServiceQueueModel::upsertService(const protocol::ServiceInfo &service)
{
    if (const int row = rowOf(service.id); row >= 0)
        return editRow(row, [&](ServiceQueueRow &r) { r.service = service; });
    insertRowAt(rowCount(), ServiceQueueRow{service, takeOrphanQueue(service.id)});
}

void ServiceQueueModel::updateQueue(const protocol::QueueInfo &queue)
{
    if (const int row = rowOf(queue.serviceId); row >= 0)
        return editRow(row, [&](ServiceQueueRow &r) { r.queue = queue; });
    m_orphanQueues.removeIf([&](const protocol::QueueInfo &x) { return x.serviceId == queue.serviceId; });
    m_orphanQueues.append(queue);
}

std::optional<protocol::QueueInfo> ServiceQueueModel::takeOrphanQueue(const QString &serviceId)
{
    const auto q = std::find_if(m_orphanQueues.begin(), m_orphanQueues.end(),
                                [&](const protocol::QueueInfo &x) { return x.serviceId == serviceId; });
    if (q == m_orphanQueues.end())
        return std::nullopt;
    protocol::QueueInfo found = *q;
    m_orphanQueues.erase(q);
    return found;
}

QVariant ServiceQueueModel::roleValue(const ServiceQueueRow &row, int role) const
{
    const auto &s = row.service;
    switch (role) {
    case ServiceIdRole:
        return s.id;
    case NameRole:
    case Qt::DisplayRole:
        return s.name;
    case NameEnRole:
        return s.nameEn;
    case PrefixRole:
        return s.prefix;
    case WaitingRole:
        return row.queue ? row.queue->waiting : 0;
    case EstimatedWaitSecondsRole:
        // -1: unknown, as on the wire; a board shows "—" rather than a guess.
        return row.queue ? row.queue->estimatedWaitSeconds : -1;
    case OpenWindowsRole:
        return row.queue ? row.queue->openWindows : 0;
    case OpenRole:
        return s.open;
    case NextOpenRole:
        return s.nextOpen ? QVariant(*s.nextOpen) : QVariant();
    default:
        return {};
    }
}

} // namespace hallq::client
