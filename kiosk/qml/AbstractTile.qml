import QtQuick
import HallQ.Kiosk

// A large card that reacts to touch.
Touchable {
    id: control
    property color fill: KioskStyle.surface
    Rectangle {
        anchors.fill: parent
        z: -1
        radius: KioskStyle.radius
        color: control.down ? Qt.darker(control.fill, 1.08) : control.fill
        border.color: KioskStyle.border
        border.width: KioskStyle.borderWidth
    }
}
