#pragma once

#include "client/EventOrigin.h"
#include "client/RecentCallsModel.h"
#include "client/ServiceQueueModel.h"
#include "client/WindowModel.h"

#include "protocol/Events.h"
#include "protocol/Shapes.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace hallq::client {

class HallSession;

// A read-only mirror of the hall as the server last described it: services
// with their queues, windows, recent calls, as Qt models for boards, kiosks
// and the supervisor view. Fed by a HallSession (snapshot, then events); the
// apply* calls are public so a test or a replay tool can feed it directly.
// It decides nothing: every figure is the server's.
class HallMirror : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool stale READ isStale NOTIFY staleChanged)
    Q_PROPERTY(QString hallId READ hallId NOTIFY hallChanged)
    Q_PROPERTY(QString hallName READ hallName NOTIFY hallChanged)
    Q_PROPERTY(QString hallNameEn READ hallNameEn NOTIFY hallChanged)
    Q_PROPERTY(hallq::client::ServiceQueueModel *services READ services CONSTANT)
    Q_PROPERTY(hallq::client::WindowModel *windows READ windows CONSTANT)
    Q_PROPERTY(hallq::client::RecentCallsModel *recentCalls READ recentCalls CONSTANT)

public:
    static constexpr std::chrono::seconds kDefaultAnnounceMaxAge{30};

    explicit HallMirror(QObject *parent = nullptr);

    // Follows the session: its snapshots and events, and stale whenever it is not Ready.
    void attach(HallSession *session);

    // Calls older than this (by the server's clock) are listed but not announced.
    void setAnnounceMaxAge(std::chrono::milliseconds age) { m_announceMaxAge = age; }
    std::chrono::milliseconds announceMaxAge() const { return m_announceMaxAge; }
    // The "now" calls are aged against; defaults to the attached session's
    // server-corrected clock, else the local UTC clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRecentCallsCapacity(int capacity);

    // --- feed ---
    // Replaces everything (a fresh subscribe, or resume refused). Calls in a
    // snapshot are listed, never announced.
    void applySnapshot(const protocol::HallSnapshot &snapshot);
    void applyCall(const protocol::CallInfo &call, EventOrigin origin);
    void applyWindow(const protocol::WindowInfo &window);
    void applyQueue(const protocol::QueueInfo &queue);
    void applyService(const protocol::ServiceInfo &service);
    void setStale(bool stale);

    // --- read ---
    bool isStale() const { return m_stale; }
    QString hallId() const { return m_hallId; }
    QString hallName() const { return m_hallName; }
    QString hallNameEn() const { return m_hallNameEn; }
    ServiceQueueModel *services() { return &m_services; }
    WindowModel *windows() { return &m_windows; }
    RecentCallsModel *recentCalls() { return &m_recentCalls; }
    const ServiceQueueModel &services() const { return m_services; }
    const WindowModel &windows() const { return m_windows; }
    const RecentCallsModel &recentCalls() const { return m_recentCalls; }
    std::optional<protocol::WindowInfo> window(int number) const;
    std::optional<protocol::ServiceInfo> service(const QString &serviceId) const;
    std::optional<protocol::QueueInfo> queue(const QString &serviceId) const;

signals:
    // A call a board should voice now: live, and not older than announceMaxAge().
    void callAnnounced(const hallq::protocol::CallInfo &call);
    void staleChanged(bool stale);
    void hallChanged();
    void snapshotApplied();

private:
    QDateTime now() const;
    bool isFresh(const protocol::CallInfo &call) const;

    QPointer<HallSession> m_session;
    std::function<QDateTime()> m_clock;
    std::chrono::milliseconds m_announceMaxAge{kDefaultAnnounceMaxAge};
    bool m_stale = true; // nothing is known until a session says Ready
    QString m_hallId;
    QString m_hallName;
    QString m_hallNameEn;
    ServiceQueueModel m_services;
    WindowModel m_windows;
    RecentCallsModel m_recentCalls;
};

} // namespace hallq::client
