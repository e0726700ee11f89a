import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk

// Waiting for the server's answer (usually a few milliseconds).
KioskScreen {
    ColumnLayout {
        anchors.centerIn: parent
        spacing: KioskStyle.spacing * 2
        Spinner {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: KioskStyle.touchTarget * 2
        }
        ScreenTitle {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Taking your number…")
        }
    }
}
