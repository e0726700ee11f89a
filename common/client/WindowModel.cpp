#include "client/WindowModel.h"

namespace hallq::client {

QHash<int, QByteArray> WindowModel::roleNames() const
{
    return {
        {NumberRole, "number"},
        {NameRole, "name"},
        {NameEnRole, "nameEn"},
        {StateRole, "state"},
        {StaffNameRole, "staffName"},
        {CurrentTicketNumberRole, "currentTicketNumber"},
        {PauseReasonRole, "pauseReason"},
        {SinceRole, "since"},
    };
}

int WindowModel::rowOf(int number) const
{
    return indexWhere([number](const protocol::WindowInfo &w) { return w.number == number; });
}

void WindowModel::reset(QList<protocol::WindowInfo> windows)
{
    std::stable_sort(windows.begin(), windows.end(),
                     [](const auto &a, const auto &b) { return a.number < b.number; });
    resetRows(std::move(windows));
}

void WindowModel::upsert(const protocol::WindowInfo &window)
{
    if (const int row = rowOf(window.number); row >= 0) {
        replaceRow(row, window);
        return;
    }
    insertRowAt(insertionPoint([&](const protocol::WindowInfo &w) { return w.number < window.number; }), window);
}

QVariant WindowModel::roleValue(const protocol::WindowInfo &window, int role) const
{
    switch (role) {
    case NumberRole:
        return window.number;
    case NameRole:
    case Qt::DisplayRole:
        return window.name;
    case NameEnRole:
        return window.nameEn;
    case StateRole:
        return window.state;
    case StaffNameRole:
        return window.staffName;
    case CurrentTicketNumberRole:
        return window.currentTicketNumber;
    case PauseReasonRole:
        return window.pauseReason.value_or(QString());
    case SinceRole:
        return window.since.value_or(QDateTime());
    default:
        return {};
    }
}

} // namespace hallq::client
