import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// Hall name, date and time, and the two buttons every citizen may need at
// once: larger text (适老化) and the other language. Holding the hall name for
// three seconds opens staff mode.
Rectangle {
    id: bar
    color: KioskStyle.primary
    implicitHeight: Math.round(KioskStyle.touchTarget * 1.5)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: KioskStyle.spacing
        anchors.rightMargin: KioskStyle.spacing
        spacing: KioskStyle.spacing

        Text {
            id: hallName
            objectName: "hallName"
            Layout.fillWidth: true
            text: Kiosk.hallName.length > 0 ? Kiosk.hallName : qsTr("Self-service kiosk")
            color: KioskStyle.onFilled
            font.family: KioskStyle.fontFamily
            font.pixelSize: KioskStyle.headingSize
            font.bold: true
            elide: Text.ElideRight
            MouseArea {
                anchors.fill: parent
                pressAndHoldInterval: 3000
                onPressAndHold: Kiosk.openStaffLogin()
            }
        }
        Text {
            objectName: "clock"
            text: Kiosk.clockText
            color: KioskStyle.onFilled
            font.family: KioskStyle.fontFamily
            font.pixelSize: KioskStyle.bodySize
        }
        BigButton {
            objectName: "elderlyButton"
            text: Kiosk.elderly ? qsTr("Normal text") : qsTr("Large text")
            fill: KioskStyle.surface
            outlined: true
            textSize: KioskStyle.smallSize
            onClicked: Kiosk.elderly = !Kiosk.elderly
        }
        BigButton {
            objectName: "languageButton"
            // Always in the language it switches to, so a visitor can read it.
            text: Kiosk.english ? "中文" : "English"
            fill: KioskStyle.surface
            outlined: true
            textSize: KioskStyle.smallSize
            onClicked: Kiosk.english = !Kiosk.english
        }
    }
}
