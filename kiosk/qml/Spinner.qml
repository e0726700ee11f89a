import QtQuick
import HallQ.Kiosk

// "Working on it": a turning ring.
Item {
    id: spinner
    implicitWidth: KioskStyle.touchTarget
    implicitHeight: implicitWidth
    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "transparent"
        border.color: KioskStyle.border
        border.width: Math.max(4, width / 10)
    }
    Rectangle {
        width: Math.max(8, parent.width / 5)
        height: width
        radius: width / 2
        color: KioskStyle.primary
        x: parent.width / 2 - width / 2
        y: 0
        transformOrigin: Item.Center
    }
    RotationAnimator on rotation {
        from: 0
        to: 360
        duration: 1200
        loops: Animation.Infinite
        running: spinner.visible
    }
}
