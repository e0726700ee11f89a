import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// Staff mode: the kiosk's parts, test print, reprint, green-channel numbers, lock.
KioskScreen {
    id: screen
    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Staff mode — %1").arg(Kiosk.staffName)
        }
        StatusLine { label: qsTr("Server"); value: Kiosk.online ? qsTr("connected") : qsTr("not reachable") }
        StatusLine { objectName: "printerStatus"; label: qsTr("Printer"); value: Kiosk.printerText }
        StatusLine { objectName: "readerStatus"; label: qsTr("ID card reader"); value: Kiosk.readerText }
        StatusLine {
            label: qsTr("Print reports waiting")
            value: String(Kiosk.pendingReports)
        }
        StatusLine { label: qsTr("Kiosk"); value: Kiosk.locked ? qsTr("locked (out of service)") : qsTr("in service") }
        KText {
            objectName: "staffMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Kiosk.staffMessage
            font.bold: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: screen.portrait ? 2 : 4
            columnSpacing: KioskStyle.spacing
            rowSpacing: KioskStyle.spacing
            BigButton {
                objectName: "testPrintButton"
                Layout.fillWidth: true
                text: qsTr("Test print")
                onClicked: Kiosk.testPrint()
            }
            BigButton {
                objectName: "reprintButton"
                Layout.fillWidth: true
                text: qsTr("Reprint last ticket")
                onClicked: Kiosk.reprintLast()
            }
            BigButton {
                objectName: "lockButton"
                Layout.fillWidth: true
                text: Kiosk.locked ? qsTr("Unlock") : qsTr("Lock")
                fill: KioskStyle.warning
                onClicked: Kiosk.locked ? Kiosk.unlock() : Kiosk.lock()
            }
            BigButton {
                objectName: "logoutButton"
                Layout.fillWidth: true
                text: qsTr("Leave staff mode")
                outlined: true
                onClicked: Kiosk.staffLogout()
            }
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("Green-channel number (after checking the certificate):")
            font.pixelSize: KioskStyle.headingSize
            font.bold: true
        }
        GridView {
            id: greenGrid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            readonly property int columns: screen.portrait ? 2 : 4
            cellWidth: Math.floor(width / columns)
            cellHeight: KioskStyle.touchTarget + KioskStyle.spacing
            model: Kiosk.services
            delegate: Item {
                required property string serviceId
                required property string title
                required property bool greenChannel
                width: greenGrid.cellWidth
                height: greenGrid.cellHeight
                BigButton {
                    objectName: "green_" + parent.serviceId
                    anchors.fill: parent
                    anchors.margins: Math.round(KioskStyle.spacing / 2)
                    enabled: parent.greenChannel
                    text: parent.title
                    fill: KioskStyle.green
                    textSize: KioskStyle.smallSize
                    onClicked: Kiosk.issueGreen(parent.serviceId)
                }
            }
        }
    }
}
