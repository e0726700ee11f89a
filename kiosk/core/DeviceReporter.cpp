#include "core/DeviceReporter.h"

#include "client/HallSession.h"
#include "core/KioskController.h"
#include "core/KioskLog.h"

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

DeviceReporter::DeviceReporter(client::HallSession &session, KioskController &controller, QObject *parent)
    : QObject(parent), m_session(session), m_controller(controller)
{
    m_periodic.setInterval(120000);
    connect(&m_periodic, &QTimer::timeout, this, &DeviceReporter::send);
    m_periodic.start();
    // A burst of changes (reader unplugged and replugged) is one report.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &DeviceReporter::send);
    connect(&m_controller, &KioskController::hardwareChanged, this, [this] {
        if (!m_acknowledged || !(*m_acknowledged == current()))
            m_debounce.start();
    });
    connect(&m_session, &client::HallSession::stateChanged, this, [this] {
        if (m_session.isReady())
            m_debounce.start();
    });
}

protocol::DeviceStatusRequest DeviceReporter::current() const
{
    protocol::DeviceStatusRequest status;
    status.printer = m_controller.printerWireState();
    status.reader = m_controller.readerWireState();
    status.detail = m_controller.hardwareDetail();
    return status;
}

void DeviceReporter::send()
{
    if (!m_session.isReady())
        return; // sent again when the session is Ready
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    const protocol::DeviceStatusRequest status = current();
    m_session.request(status, this, [this, status](auto result) {
        m_inFlight = false;
        if (const auto *error = std::get_if<protocol::Error>(&result)) {
            qCWarning(lcKiosk) << "device.status not recorded:" << protocol::toString(error->code) << error->message;
        } else {
            m_acknowledged = status;
            emit reported(status);
        }
        if (std::exchange(m_again, false) || !(current() == status))
            m_debounce.start();
    });
}

} // namespace hallq::kiosk
