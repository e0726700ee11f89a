#pragma once

#include "config/HallExtras.h"
#include "net/AlertRules.h"
#include "net/OnScreenTickets.h"
#include "protocol/MessageTable.h"
#include "storage/AlertRecord.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <variant>

namespace hallq::storage {
class AlertStore;
}

namespace hallq::net {

class HallCore;

// Raises and resolves the hall's red/yellow alerts (红黄牌). Every
// `checkSeconds` (and whenever a kiosk reports its devices) it evaluates the
// AlertRules and reconciles them with the alerts still open: a new condition
// is raised, a worse level raises a new alert and resolves the milder one, a
// condition that is over is resolved. Each change is stored first, then
// published as event.alert, so every supervisor sees the same alerts and the
// history survives a restart (open alerts are taken up again at start).
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    AlertMonitor(HallCore &core, storage::AlertStore &store, config::AlertThresholds thresholds,
                 QObject *parent = nullptr);

    // Loads the open alerts, evaluates once and starts the timer.
    void start();
    void evaluate();
    // Tickets only on a kiosk screen (ticket.print on_screen) are alerts too (OnScreenTickets.h).
    void setOnScreenTickets(OnScreenTickets *tickets) { m_onScreen = tickets; }

    protocol::DeviceStatusReply reportDevice(const QString &deviceId, const QString &name,
                                             const protocol::DeviceStatusRequest &status);
    std::variant<protocol::AlertInfo, protocol::Error> acknowledge(qint64 alertId, const QString &staffId,
                                                                   const QString &note);
    std::variant<QList<protocol::AlertInfo>, protocol::Error> list(const protocol::AlertListRequest &request);

    static protocol::AlertInfo toInfo(const storage::AlertRecord &record);

private:
    QDateTime now() const;
    // Stores the record and publishes it; false (logged) when the store failed.
    bool store(const storage::AlertRecord &record);
    void raise(const AlertCondition &condition, const QDateTime &now);
    void resolve(storage::AlertRecord record, const QDateTime &now);

    HallCore &m_core;
    storage::AlertStore &m_store;
    config::AlertThresholds m_thresholds;
    QHash<QString, DeviceState> m_devices;
    QHash<QString, storage::AlertRecord> m_open; // by condition key
    qint64 m_lastId = 0;
    QTimer m_timer;
    OnScreenTickets *m_onScreen = nullptr;
};

} // namespace hallq::net
