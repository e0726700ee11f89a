import QtQuick
import QtQuick.Controls
import HallQ.Kiosk

// A large card that reacts to touch.
AbstractButton {
    id: control
    property color fill: KioskStyle.surface
    focusPolicy: Qt.NoFocus
    background: Rectangle {
        radius: KioskStyle.radius
        color: control.down ? Qt.darker(control.fill, 1.08) : control.fill
        border.color: KioskStyle.border
        border.width: KioskStyle.borderWidth
    }
}
