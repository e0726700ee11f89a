import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HallQ.Kiosk

// Waiting for the server's answer (usually a few milliseconds).
KioskScreen {
    ColumnLayout {
        anchors.centerIn: parent
        spacing: KioskStyle.spacing * 2
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: true
            implicitWidth: KioskStyle.touchTarget * 2
            implicitHeight: implicitWidth
        }
        ScreenTitle {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Taking your number…")
        }
    }
}
