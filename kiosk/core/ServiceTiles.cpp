#include "core/ServiceTiles.h"

#include "core/Refusal.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

ServiceTiles::ServiceTiles(QObject *parent)
    : QIdentityProxyModel(parent), m_localNow([] { return QDateTime::currentDateTime(); })
{
}

void ServiceTiles::setServices(client::ServiceQueueModel *services)
{
    setSourceModel(services);
}

void ServiceTiles::setKioskInfo(const QHash<QString, protocol::KioskServiceInfo> *info)
{
    m_info = info;
    refresh();
}

void ServiceTiles::setEnglish(bool english)
{
    if (m_english == english)
        return;
    m_english = english;
    refresh();
}

void ServiceTiles::refresh()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QHash<int, QByteArray> ServiceTiles::roleNames() const
{
    QHash<int, QByteArray> names = sourceModel() ? sourceModel()->roleNames() : QHash<int, QByteArray>{};
    names.insert({{TitleRole, "title"},
                  {SubtitleRole, "subtitle"},
                  {RealNameRole, "realName"},
                  {GreenChannelRole, "greenChannel"},
                  {AppointmentsRole, "appointments"},
                  {CanIssueRole, "canIssue"},
                  {IssueAheadRole, "issueAhead"},
                  {OpensTextRole, "opensText"},
                  {WaitMinutesRole, "waitMinutes"},
                  {HasGuideRole, "hasGuide"}});
    return names;
}

const client::ServiceQueueModel *ServiceTiles::rows() const
{
    return static_cast<const client::ServiceQueueModel *>(sourceModel());
}

const protocol::ServiceInfo *ServiceTiles::service(const QString &serviceId) const
{
    if (!rows())
        return nullptr;
    const int row = rows()->rowOf(serviceId);
    return row < 0 ? nullptr : &rows()->rows().at(row).service;
}

std::optional<protocol::QueueInfo> ServiceTiles::queue(const QString &serviceId) const
{
    if (!rows())
        return std::nullopt;
    const int row = rows()->rowOf(serviceId);
    return row < 0 ? std::nullopt : rows()->rows().at(row).queue;
}

const protocol::KioskServiceInfo *ServiceTiles::kioskInfo(const QString &serviceId) const
{
    if (!m_info)
        return nullptr;
    const auto it = m_info->constFind(serviceId);
    return it == m_info->constEnd() ? nullptr : &*it;
}

bool ServiceTiles::canIssueNow(const protocol::ServiceInfo &s) const
{
    if (s.open)
        return true;
    const auto *info = kioskInfo(s.id);
    return info && info->issueOutsideHours;
}

QString ServiceTiles::title(const protocol::ServiceInfo &s) const
{
    return m_english && !s.nameEn.isEmpty() ? s.nameEn : s.name;
}

QString ServiceTiles::opensText(const protocol::ServiceInfo &s) const
{
    if (s.open || !s.nextOpen)
        return {};
    const QDateTime now = m_localNow();
    const QDateTime local = s.nextOpen->toTimeZone(now.timeZone());
    return Refusal::whenText(local, now.date());
}

QVariant ServiceTiles::data(const QModelIndex &index, int role) const
{
    if (role < TitleRole || !rows() || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    const client::ServiceQueueRow &row = rows()->rows().at(mapToSource(index).row());
    const protocol::ServiceInfo &s = row.service;
    switch (role) {
    case TitleRole:
        return title(s);
    case SubtitleRole:
        return m_english ? s.name : s.nameEn;
    case RealNameRole:
        return s.realName;
    case GreenChannelRole:
        return s.greenChannel;
    case AppointmentsRole:
        return s.appointments;
    case CanIssueRole:
        return canIssueNow(s);
    case IssueAheadRole:
        return !s.open && canIssueNow(s);
    case OpensTextRole:
        return opensText(s);
    case WaitMinutesRole: {
        const int seconds = row.queue ? row.queue->estimatedWaitSeconds : -1;
        return seconds < 0 ? -1 : (seconds + 59) / 60;
    }
    case HasGuideRole: {
        const auto *info = kioskInfo(s.id);
        return info && info->guide.has_value();
    }
    default:
        return {};
    }
}

} // namespace hallq::kiosk
