#include "client/HallMirror.h"

#include "client/ClientLog.h"
#include "client/HallSession.h"

namespace hallq::client {

HallMirror::HallMirror(QObject *parent)
    : QObject(parent)
{
}

void HallMirror::attach(HallSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (!session) {
        setStale(true);
        return;
    }
    connect(session, &HallSession::snapshotReceived, this, &HallMirror::applySnapshot);
    connect(session, &HallSession::callEvent, this,
            [this](const protocol::CallEvent &e, EventOrigin origin) { applyCall(e.call, origin); });
    connect(session, &HallSession::windowEvent, this,
            [this](const protocol::WindowEvent &e, EventOrigin) { applyWindow(e.window); });
    connect(session, &HallSession::queueEvent, this,
            [this](const protocol::QueueEvent &e, EventOrigin) { applyQueue(e.queue); });
    connect(session, &HallSession::serviceEvent, this,
            [this](const protocol::ServiceEvent &e, EventOrigin) { applyService(e.service); });
    connect(session, &HallSession::stateChanged, this,
            [this](HallSession::State state) { setStale(state != HallSession::State::Ready); });
    setStale(!session->isReady());
}

void HallMirror::setRecentCallsCapacity(int capacity)
{
    m_recentCalls.setCapacity(capacity);
}

void HallMirror::applySnapshot(const protocol::HallSnapshot &snapshot)
{
    const bool hallChange = m_hallId != snapshot.hallId || m_hallName != snapshot.hallName
                            || m_hallNameEn != snapshot.hallNameEn;
    m_hallId = snapshot.hallId;
    m_hallName = snapshot.hallName;
    m_hallNameEn = snapshot.hallNameEn;
    m_services.reset(snapshot.services, snapshot.queues);
    m_windows.reset(snapshot.windows);
    m_recentCalls.reset(snapshot.recentCalls);
    qCDebug(lcClient) << "snapshot applied:" << snapshot.services.size() << "services," << snapshot.windows.size()
                      << "windows," << snapshot.recentCalls.size() << "recent calls";
    if (hallChange)
        emit hallChanged();
    emit snapshotApplied();
}

void HallMirror::applyCall(const protocol::CallInfo &call, EventOrigin origin)
{
    m_recentCalls.add(call);
    if (origin != EventOrigin::Live)
        return;
    if (!isFresh(call)) {
        // A board that announces a call minutes late sends people to the wrong window.
        qCInfo(lcClient) << "not announcing" << call.ticketNumber << "at window" << call.window
                         << ": called at" << call.at << ", now" << now();
        return;
    }
    emit callAnnounced(call);
}

void HallMirror::applyWindow(const protocol::WindowInfo &window)
{
    m_windows.upsert(window);
}

void HallMirror::applyQueue(const protocol::QueueInfo &queue)
{
    m_services.updateQueue(queue);
}

void HallMirror::applyService(const protocol::ServiceInfo &service)
{
    m_services.upsertService(service);
}

void HallMirror::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

std::optional<protocol::WindowInfo> HallMirror::window(int number) const
{
    const int row = m_windows.rowOf(number);
    return row < 0 ? std::nullopt : std::optional(m_windows.rows().at(row));
}

std::optional<protocol::ServiceInfo> HallMirror::service(const QString &serviceId) const
{
    const int row = m_services.rowOf(serviceId);
    return row < 0 ? std::nullopt : std::optional(m_services.rows().at(row).service);
}

std::optional<protocol::QueueInfo> HallMirror::queue(const QString &serviceId) const
{
    const int row = m_services.rowOf(serviceId);
    return row < 0 ? std::nullopt : m_services.rows().at(row).queue;
}

QDateTime HallMirror::now() const
{
    if (m_clock)
        return m_clock();
    if (m_session)
        return m_session->serverNow();
    return QDateTime::currentDateTimeUtc();
}

bool HallMirror::isFresh(const protocol::CallInfo &call) const
{
    // A live call without a time is still news: announcing it beats dropping it.
    if (!call.at.isValid())
        return true;
    return call.at.msecsTo(now()) <= m_announceMaxAge.count();
}

} // namespace hallq::client
