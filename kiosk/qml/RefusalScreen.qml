import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// No ticket, and why, in plain words — with the way forward.
KioskScreen {
    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing * 1.5
        Item { Layout.preferredHeight: KioskStyle.spacing * 2 }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: refusalColumn.implicitHeight + 3 * KioskStyle.spacing
            radius: KioskStyle.radius
            color: KioskStyle.noticeBackground
            border.color: KioskStyle.warning
            border.width: 4
            ColumnLayout {
                id: refusalColumn
                anchors.fill: parent
                anchors.margins: KioskStyle.spacing * 1.5
                spacing: KioskStyle.spacing
                KText {
                    objectName: "refusalTitle"
                    Layout.fillWidth: true
                    text: Kiosk.refusalTitle
                    color: KioskStyle.noticeText
                    font.pixelSize: KioskStyle.titleSize
                    font.bold: true
                }
                KText {
                    objectName: "refusalText"
                    Layout.fillWidth: true
                    text: Kiosk.refusalText
                    color: KioskStyle.noticeText
                    font.pixelSize: KioskStyle.headingSize
                }
            }
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "normalInsteadButton"
            Layout.fillWidth: true
            visible: Kiosk.refusalOffersNormal
            text: qsTr("Take a walk-in number instead")
            onClicked: Kiosk.checkInLateAsNormal()
        }
        BigButton {
            objectName: "refusalGuideButton"
            Layout.fillWidth: true
            visible: Kiosk.refusalServiceId.length > 0 && Kiosk.hasGuide(Kiosk.refusalServiceId)
            text: qsTr("Read the service guide")
            fill: KioskStyle.neutral
            onClicked: Kiosk.showGuide(Kiosk.refusalServiceId)
        }
        BigButton {
            objectName: "homeButton"
            Layout.fillWidth: true
            text: qsTr("Back to the start")
            onClicked: Kiosk.home()
        }
    }
}
