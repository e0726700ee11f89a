import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// 预约签到: swipe the ID card, or type the booking code.
KioskScreen {
    id: screen
    property string code: ""

    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Appointment check-in")
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("Put your ID card on the reader, or type the booking code from your confirmation message.")
            font.pixelSize: KioskStyle.headingSize
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: KioskStyle.touchTarget * 1.3
            radius: KioskStyle.radius
            color: KioskStyle.surface
            border.color: KioskStyle.text
            border.width: KioskStyle.borderWidth + 1
            KText {
                objectName: "codeField"
                anchors.centerIn: parent
                text: screen.code.length > 0 ? screen.code : qsTr("Booking code")
                color: screen.code.length > 0 ? KioskStyle.text : KioskStyle.textMuted
                font.pixelSize: KioskStyle.titleSize
                font.letterSpacing: 6
            }
        }
        Keyboard {
            Layout.alignment: Qt.AlignHCenter
            allowShift: false
            onTyped: (character) => { if (screen.code.length < 16) screen.code += character }
            onErased: screen.code = screen.code.slice(0, -1)
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: KioskStyle.spacing
            BigButton {
                objectName: "homeButton"
                Layout.fillWidth: true
                text: qsTr("Back")
                outlined: true
                onClicked: Kiosk.home()
            }
            BigButton {
                objectName: "checkInCodeButton"
                Layout.fillWidth: true
                enabled: screen.code.length >= 4
                text: qsTr("Check in")
                onClicked: Kiosk.checkInByCode(screen.code)
            }
        }
    }
}
