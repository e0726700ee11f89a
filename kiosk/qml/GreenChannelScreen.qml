import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// 绿色通道: who may use it, and how each of them gets a green number.
KioskScreen {
    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing * 1.5
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Green channel")
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("Green-channel numbers are called first at every window that serves the service.")
            font.pixelSize: KioskStyle.headingSize
        }
        KText {
            objectName: "greenGroups"
            Layout.fillWidth: true
            visible: Kiosk.greenGroups.length > 0
            text: qsTr("For: %1").arg(Kiosk.greenGroups.join(Kiosk.english ? ", " : "、"))
            font.bold: true
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: elderlyText.implicitHeight + 2 * KioskStyle.spacing
            radius: KioskStyle.radius
            color: KioskStyle.surface
            border.color: KioskStyle.border
            border.width: KioskStyle.borderWidth
            KText {
                id: elderlyText
                anchors.fill: parent
                anchors.margins: KioskStyle.spacing
                text: qsTr("Aged %1 or older: put your ID card on the reader, then choose your service. "
                           + "Your number will be a green-channel number automatically.").arg(Kiosk.elderlyAge)
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: deskText.implicitHeight + 2 * KioskStyle.spacing
            radius: KioskStyle.radius
            color: KioskStyle.surface
            border.color: KioskStyle.border
            border.width: KioskStyle.borderWidth
            KText {
                id: deskText
                anchors.fill: parent
                anchors.margins: KioskStyle.spacing
                text: qsTr("Ill, disabled, pregnant, serving in the military, or otherwise in need: please go to the "
                           + "guide desk with your certificate. Staff will give you a green-channel number.")
            }
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "homeButton"
            Layout.fillWidth: true
            text: qsTr("Back to the start")
            onClicked: Kiosk.home()
        }
    }
}
