#include "core/WindowScreenModel.h"

using namespace Qt::StringLiterals;

namespace hallq::display {

WindowScreenModel::WindowScreenModel(client::HallMirror &mirror, int window, QObject *parent)
    : QObject(parent), m_mirror(mirror), m_number(window)
{
    auto *windows = m_mirror.windows();
    connect(windows, &QAbstractItemModel::modelReset, this, &WindowScreenModel::refresh);
    connect(windows, &QAbstractItemModel::rowsInserted, this, &WindowScreenModel::refresh);
    connect(windows, &QAbstractItemModel::dataChanged, this, &WindowScreenModel::refresh);
    connect(&m_mirror, &client::HallMirror::hallChanged, this, &WindowScreenModel::changed);
    connect(&m_mirror, &client::HallMirror::staleChanged, this, &WindowScreenModel::staleChanged);
    connect(&m_mirror, &client::HallMirror::callAnnounced, this, [this](const protocol::CallInfo &call) {
        if (call.window != m_number)
            return;
        ++m_serial;
        emit called();
    });
    refresh();
}

QString WindowScreenModel::pauseReasonText(const QString &reason)
{
    if (reason == u"lunch")
        return u"午间休息"_s;
    if (reason == u"meeting")
        return u"会议"_s;
    if (reason == u"system_fault")
        return u"系统故障"_s;
    return u"暂停"_s;
}

QString WindowScreenModel::stateText() const
{
    const QString &s = m_window.state;
    if (s == u"serving")
        return u"正在办理"_s;
    if (s == u"calling")
        return u"正在呼叫"_s;
    if (s == u"idle")
        return u"等待叫号"_s;
    if (s == u"paused") {
        const QString reason = m_window.pauseReason.value_or(QString());
        return reason.isEmpty() || reason == u"other" ? u"暂停服务"_s : u"暂停服务（%1）"_s.arg(pauseReasonText(reason));
    }
    return u"暂停办理 · 窗口关闭"_s;
}

QString WindowScreenModel::serviceNames() const
{
    QStringList names;
    for (const QString &id : m_window.services)
        if (const auto service = m_mirror.service(id))
            names << service->name;
    return names.join(u" · "_s);
}

void WindowScreenModel::refresh()
{
    const protocol::WindowInfo window = m_mirror.window(m_number).value_or(protocol::WindowInfo{});
    if (window == m_window)
        return;
    m_window = window;
    emit changed();
}

} // namespace hallq::display
