import QtQuick
import HallQ.Kiosk

// A large touch button: filled colour, white text, never colour alone (the label says it all).
Touchable {
    id: button
    property color fill: KioskStyle.primary
    property bool outlined: false
    property int textSize: KioskStyle.bodySize
    implicitHeight: Math.max(KioskStyle.touchTarget, label.implicitHeight + 24)
    implicitWidth: Math.max(KioskStyle.touchTarget * 2, label.implicitWidth + 48)

    Rectangle {
        anchors.fill: parent
        z: -1
        radius: KioskStyle.radius
        color: button.outlined ? KioskStyle.surface : (button.down ? Qt.darker(button.fill, 1.25) : button.fill)
        border.color: button.outlined ? KioskStyle.text : "transparent"
        border.width: button.outlined ? KioskStyle.borderWidth + 1 : 0
    }
    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        text: button.text
        color: button.outlined ? KioskStyle.text : KioskStyle.onFilled
        font.family: KioskStyle.fontFamily
        font.pixelSize: button.textSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
