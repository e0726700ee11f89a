import QtQuick
import HallQ.Kiosk

// A small outlined label ("ID card needed", "Green channel").
Rectangle {
    property alias text: label.text
    property color tint: KioskStyle.text
    implicitWidth: label.implicitWidth + 24
    implicitHeight: label.implicitHeight + 10
    radius: 6
    color: "transparent"
    border.color: tint
    border.width: 2
    KText {
        id: label
        anchors.centerIn: parent
        font.pixelSize: KioskStyle.smallSize
        font.bold: true
        color: parent.tint
        wrapMode: Text.NoWrap
    }
}
