#pragma once

#include "client/ListModelBase.h"

#include "protocol/Shapes.h"

namespace hallq::client {

// The latest calls, newest first, at most capacity() rows: what a board's
// "now calling" list shows. One row per ticket: a recall or a call at another
// window moves the ticket's row to its new place instead of listing it twice.
// Fed only by HallMirror.
class RecentCallsModel : public ListModelBase<protocol::CallInfo>
{
    Q_OBJECT

public:
    enum Role {
        TicketNumberRole = Qt::UserRole + 1,
        ServiceIdRole,
        WindowRole,
        WindowNameRole,
        RecallRole,
        AtRole,
    };
    Q_ENUM(Role)

    static constexpr int kDefaultCapacity = 20;

    using ListModelBase::ListModelBase;

    QHash<int, QByteArray> roleNames() const override;
    int capacity() const { return m_capacity; }

private:
    friend class HallMirror;
    void setCapacity(int capacity);
    void reset(QList<protocol::CallInfo> calls);
    // Places the call by time (a late-arriving older call does not jump to the top).
    void add(const protocol::CallInfo &call);
    void trim();

    QVariant roleValue(const protocol::CallInfo &call, int role) const override;

    int m_capacity = kDefaultCapacity;
};

} // namespace hallq::client
