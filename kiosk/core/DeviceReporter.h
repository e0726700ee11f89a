#pragma once

#include "protocol/SupervisionMessages.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace hallq::client {
class HallSession;
}

namespace hallq::kiosk {

class KioskController;

// Tells the server how the kiosk's printer and card reader are (device.status)
// so supervisors get a red or yellow card for paper out or a dead reader: at
// every (re)connection, on every change, and every few minutes so the server
// knows the kiosk is still there. A change while the server is away goes out
// when it is back.
class DeviceReporter : public QObject
{
    Q_OBJECT
public:
    DeviceReporter(client::HallSession &session, KioskController &controller, QObject *parent = nullptr);

    void setInterval(int ms) { m_periodic.setInterval(ms); }
    // What would be reported now.
    protocol::DeviceStatusRequest current() const;
    std::optional<protocol::DeviceStatusRequest> lastAcknowledged() const { return m_acknowledged; }

signals:
    void reported(const hallq::protocol::DeviceStatusRequest &status);

private:
    void send();

    client::HallSession &m_session;
    KioskController &m_controller;
    QTimer m_periodic;
    QTimer m_debounce;
    bool m_inFlight = false;
    bool m_again = false;
    std::optional<protocol::DeviceStatusRequest> m_acknowledged;
};

} // namespace hallq::kiosk
