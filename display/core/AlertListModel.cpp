#include "core/AlertListModel.h"

namespace hallq::display {

namespace {

// Sort key: open before resolved, red before yellow, unacknowledged first, newest first.
bool before(const protocol::AlertInfo &a, const protocol::AlertInfo &b)
{
    const auto key = [](const protocol::AlertInfo &x) {
        return std::tuple(x.active() ? 0 : 1, x.active() && x.level == u"red" ? 0 : 1,
                          x.active() && !x.acknowledgedAt ? 0 : 1, -x.id);
    };
    return key(a) < key(b);
}

} // namespace

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    return {{IdRole, "alertId"},       {KindRole, "kind"},         {LevelRole, "level"},
            {MessageRole, "message"},  {MessageEnRole, "messageEn"}, {RaisedAtRole, "raisedAt"},
            {ActiveRole, "active"},    {AcknowledgedRole, "acknowledged"}, {AcknowledgedByRole, "acknowledgedBy"},
            {AckNoteRole, "ackNote"},  {ResolvedAtRole, "resolvedAt"}};
}

void AlertListModel::reset(QList<protocol::AlertInfo> alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), before);
    resetRows(std::move(alerts));
    emit countsChanged();
}

void AlertListModel::upsert(const protocol::AlertInfo &alert)
{
    const int existing = indexWhere([&](const protocol::AlertInfo &a) { return a.id == alert.id; });
    if (existing >= 0)
        removeRowAt(existing);
    insertRowAt(insertionPoint([&](const protocol::AlertInfo &a) { return before(a, alert); }), alert);
    emit countsChanged();
}

std::optional<protocol::AlertInfo> AlertListModel::find(qint64 id) const
{
    const int row = indexWhere([&](const protocol::AlertInfo &a) { return a.id == id; });
    return row < 0 ? std::nullopt : std::optional(rows().at(row));
}

int AlertListModel::openCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const auto &a) { return a.active(); }));
}

int AlertListModel::unacknowledged(QStringView level) const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [&](const auto &a) { return a.active() && !a.acknowledgedAt && a.level == level; }));
}

QVariant AlertListModel::roleValue(const protocol::AlertInfo &a, int role) const
{
    switch (role) {
    case IdRole: return a.id;
    case KindRole: return a.kind;
    case LevelRole: return a.level;
    case Qt::DisplayRole:
    case MessageRole: return a.message;
    case MessageEnRole: return a.messageEn;
    case RaisedAtRole: return a.raisedAt;
    case ActiveRole: return a.active();
    case AcknowledgedRole: return a.acknowledgedAt.has_value();
    case AcknowledgedByRole: return a.acknowledgedBy;
    case AckNoteRole: return a.ackNote;
    case ResolvedAtRole: return a.resolvedAt ? QVariant(*a.resolvedAt) : QVariant();
    default: return {};
    }
}

} // namespace hallq::display
