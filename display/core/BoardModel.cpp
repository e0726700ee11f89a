#include "core/BoardModel.h"

#include "core/PhraseBuilder.h"

namespace hallq::display {

BoardModel::BoardModel(client::HallMirror &mirror, QObject *parent)
    : QObject(parent), m_mirror(mirror)
{
    auto *calls = m_mirror.recentCalls();
    connect(calls, &QAbstractItemModel::modelReset, this, &BoardModel::refreshLatest);
    connect(calls, &QAbstractItemModel::rowsInserted, this, &BoardModel::refreshLatest);
    connect(calls, &QAbstractItemModel::rowsRemoved, this, &BoardModel::refreshLatest);
    connect(calls, &QAbstractItemModel::dataChanged, this, &BoardModel::refreshLatest);
    connect(&m_mirror, &client::HallMirror::hallChanged, this, &BoardModel::hallChanged);
    connect(&m_mirror, &client::HallMirror::staleChanged, this, &BoardModel::staleChanged);
    connect(&m_mirror, &client::HallMirror::callAnnounced, this, [this](const protocol::CallInfo &call) {
        ++m_serial;
        emit called(call);
    });
    refreshLatest();
}

QString BoardModel::latestText() const
{
    return m_latest.ticketNumber.isEmpty() ? QString() : PhraseBuilder::forCall(m_latest).text;
}

QString BoardModel::latestServiceName() const
{
    return serviceName(m_latest.serviceId);
}

QString BoardModel::serviceName(const QString &serviceId) const
{
    const auto service = m_mirror.service(serviceId);
    return service ? service->name : QString();
}

void BoardModel::setNotices(const QStringList &notices)
{
    if (notices == m_notices)
        return;
    m_notices = notices;
    emit noticesChanged();
}

void BoardModel::refreshLatest()
{
    const auto &rows = m_mirror.recentCalls()->rows();
    const protocol::CallInfo latest = rows.isEmpty() ? protocol::CallInfo{} : rows.first();
    if (latest == m_latest)
        return;
    m_latest = latest;
    emit latestChanged();
}

} // namespace hallq::display
