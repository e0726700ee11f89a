#pragma once

#include "client/ListModelBase.h"

#include "protocol/SupervisionMessages.h"

namespace hallq::display {

// The supervisor's alerts: open ones first (red before yellow, unacknowledged
// before acknowledged, newest first), then the history, newest first. Fed
// from alert.list and every event.alert.
class AlertListModel : public client::ListModelBase<protocol::AlertInfo>
{
    Q_OBJECT
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
    Q_PROPERTY(int unacknowledgedRed READ unacknowledgedRed NOTIFY countsChanged)
    Q_PROPERTY(int unacknowledgedYellow READ unacknowledgedYellow NOTIFY countsChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        LevelRole,
        MessageRole,
        MessageEnRole,
        RaisedAtRole,
        ActiveRole,
        AcknowledgedRole,
        AcknowledgedByRole,
        AckNoteRole,
        ResolvedAtRole,
    };
    Q_ENUM(Role)

    using ListModelBase::ListModelBase;

    QHash<int, QByteArray> roleNames() const override;
    void reset(QList<protocol::AlertInfo> alerts);
    void upsert(const protocol::AlertInfo &alert);
    std::optional<protocol::AlertInfo> find(qint64 id) const;

    int openCount() const;
    int unacknowledgedRed() const { return unacknowledged(u"red"); }
    int unacknowledgedYellow() const { return unacknowledged(u"yellow"); }

signals:
    void countsChanged();

private:
    int unacknowledged(QStringView level) const;
    QVariant roleValue(const protocol::AlertInfo &alert, int role) const override;
};

} // namespace hallq::display
