#pragma once

#include "client/ServiceQueueModel.h"
#include "protocol/KioskMessages.h"

#include <QDateTime>
#include <QHash>
#include <QIdentityProxyModel>
#include <functional>

namespace hallq::kiosk {

// The services as the kiosk's tiles show them: the mirror's service/queue
// rows (every figure the server's) plus what a citizen needs to choose —
// the name in the current language, whether an ID card is needed, whether a
// number can be taken now and, if not, when.
class ServiceTiles : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Role {
        TitleRole = client::ServiceQueueModel::NextOpenRole + 100,
        SubtitleRole,     // the other language's name, small
        RealNameRole,
        GreenChannelRole,
        AppointmentsRole,
        CanIssueRole,     // a number can be taken now
        IssueAheadRole,   // closed, but numbers are issued ahead (called when it opens)
        OpensTextRole,        // "明天 08:30" when closed, else empty
        WaitMinutesRole,  // rounded up; -1 unknown
        HasGuideRole,
    };
    Q_ENUM(Role)

    explicit ServiceTiles(QObject *parent = nullptr);

    void setServices(client::ServiceQueueModel *services);
    void setKioskInfo(const QHash<QString, protocol::KioskServiceInfo> *info);
    void setEnglish(bool english);
    // Local "now" and time zone for the opening texts; tests pin it.
    void setClock(std::function<QDateTime()> localNow) { m_localNow = std::move(localNow); }
    // Everything derived from time or language changed: repaint every tile.
    void refresh();

    QHash<int, QByteArray> roleNames() const override;
    QVariant data(const QModelIndex &index, int role) const override;

    const protocol::ServiceInfo *service(const QString &serviceId) const;
    std::optional<protocol::QueueInfo> queue(const QString &serviceId) const;
    const protocol::KioskServiceInfo *kioskInfo(const QString &serviceId) const;
    bool canIssueNow(const protocol::ServiceInfo &s) const;
    QString title(const protocol::ServiceInfo &s) const;
    QString opensText(const protocol::ServiceInfo &s) const;

private:
    const client::ServiceQueueModel *rows() const;

    const QHash<QString, protocol::KioskServiceInfo> *m_info = nullptr;
    bool m_english = false;
    std::function<QDateTime()> m_localNow;
};

} // namespace hallq::kiosk
