#pragma once

#include "client/ListModelBase.h"

#include "protocol/Shapes.h"

namespace hallq::client {

// The hall's windows ordered by number, one row each, for boards and the
// supervisor view. Fed only by HallMirror.
class WindowModel : public ListModelBase<protocol::WindowInfo>
{
    Q_OBJECT

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        NameRole,
        NameEnRole,
        StateRole,
        StaffNameRole,
        CurrentTicketNumberRole,
        PauseReasonRole,
        SinceRole,
    };
    Q_ENUM(Role)

    using ListModelBase::ListModelBase;

    QHash<int, QByteArray> roleNames() const override;
    int rowOf(int number) const;

private:
    friend class HallMirror;
    void reset(QList<protocol::WindowInfo> windows);
    void upsert(const protocol::WindowInfo &window);

    QVariant roleValue(const protocol::WindowInfo &window, int role) const override;
};

} // namespace hallq::client
