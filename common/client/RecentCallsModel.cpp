#include "client/RecentCallsModel.h"

namespace hallq::client {

QHash<int, QByteArray> RecentCallsModel::roleNames() const
{
    return {
        {TicketNumberRole, "ticketNumber"},
        {ServiceIdRole, "serviceId"},
        {WindowRole, "window"},
        {WindowNameRole, "windowName"},
        {RecallRole, "recall"},
        {AtRole, "at"},
    };
}

void RecentCallsModel::setCapacity(int capacity)
{
    m_capacity = std::max(capacity, 1);
    trim();
}

void RecentCallsModel::reset(QList<protocol::CallInfo> calls)
{
    // Newest first; for the same ticket only its latest call survives.
    std::stable_sort(calls.begin(), calls.end(), [](const auto &a, const auto &b) { return a.at > b.at; });
    QList<protocol::CallInfo> rows;
    for (const auto &call : calls) {
        const bool seen = std::any_of(rows.cbegin(), rows.cend(),
                                      [&](const protocol::CallInfo &r) { return r.ticketId == call.ticketId; });
        if (!seen && rows.size() < m_capacity)
            rows.append(call);
    }
    resetRows(std::move(rows));
}

void RecentCallsModel::add(const protocol::CallInfo &call)
{
    const int existing = indexWhere([&](const protocol::CallInfo &r) { return r.ticketId == call.ticketId; });
    if (existing >= 0) {
        if (rows().at(existing).at > call.at)
            return; // an older call of a ticket already shown with a newer one
        removeRowAt(existing);
    }
    insertRowAt(insertionPoint([&](const protocol::CallInfo &r) { return r.at > call.at; }), call);
    trim();
}

void RecentCallsModel::trim()
{
    while (rowCount() > m_capacity)
        removeRowAt(rowCount() - 1);
}

QVariant RecentCallsModel::roleValue(const protocol::CallInfo &call, int role) const
{
    switch (role) {
    case TicketNumberRole:
    case Qt::DisplayRole:
        return call.ticketNumber;
    case ServiceIdRole:
        return call.serviceId;
    case WindowRole:
        return call.window;
    case WindowNameRole:
        return call.windowName;
    case RecallRole:
        return call.recall;
    case AtRole:
        return call.at;
    default:
        return {};
    }
}

} // namespace hallq::client
