#include "qml/ActivityFilter.h"

#include "core/KioskController.h"

#include <QEvent>

namespace hallq::kiosk {

ActivityFilter::ActivityFilter(KioskController &controller, QObject *parent)
    : QObject(parent), m_controller(&controller)
{
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_controller)
            m_controller->touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hallq::kiosk
