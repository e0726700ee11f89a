import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// Staff mode log-in (guide, supervisor or admin account).
KioskScreen {
    id: screen
    property string staffId: ""
    property string password: ""
    property bool editingPassword: false

    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Staff log-in")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: KioskStyle.spacing
            BigButton {
                objectName: "staffIdField"
                Layout.fillWidth: true
                outlined: screen.editingPassword
                text: qsTr("Staff ID: %1").arg(screen.staffId)
                onClicked: screen.editingPassword = false
            }
            BigButton {
                objectName: "passwordField"
                Layout.fillWidth: true
                outlined: !screen.editingPassword
                text: qsTr("Password: %1").arg("•".repeat(screen.password.length))
                onClicked: screen.editingPassword = true
            }
        }
        KText {
            objectName: "staffMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Kiosk.staffBusy ? qsTr("Checking…") : Kiosk.staffMessage
            color: KioskStyle.warning
            font.bold: true
        }
        Keyboard {
            Layout.alignment: Qt.AlignHCenter
            lowerCase: true
            onTyped: (character) => {
                if (screen.editingPassword) screen.password += character
                else screen.staffId += character
            }
            onErased: {
                if (screen.editingPassword) screen.password = screen.password.slice(0, -1)
                else screen.staffId = screen.staffId.slice(0, -1)
            }
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: KioskStyle.spacing
            BigButton {
                objectName: "cancelButton"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                outlined: true
                onClicked: Kiosk.staffLogout()
            }
            BigButton {
                objectName: "loginButton"
                Layout.fillWidth: true
                enabled: !Kiosk.staffBusy
                text: qsTr("Log in")
                onClicked: {
                    Kiosk.staffLogin(screen.staffId, screen.password)
                    screen.password = ""
                }
            }
        }
    }
}
