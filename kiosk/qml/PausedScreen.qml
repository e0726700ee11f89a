import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// 暂停取号: the queue system cannot be reached. Nothing can be issued here
// until it is back; the kiosk reconnects by itself.
KioskScreen {
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.85
        spacing: KioskStyle.spacing * 2
        ScreenTitle {
            objectName: "pausedTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Number taking is paused")
            font.pixelSize: Math.round(KioskStyle.titleSize * 1.4)
        }
        KText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This kiosk cannot reach the queue system right now. It reconnects by itself — please wait a "
                       + "moment, or ask at the guide desk. Numbers you already hold stay valid.")
            font.pixelSize: KioskStyle.headingSize
        }
        Spinner {
            Layout.alignment: Qt.AlignHCenter
        }
        KText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Reconnecting…")
            color: KioskStyle.textMuted
        }
    }
}
