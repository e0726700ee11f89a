import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk

// Taken out of service by staff.
KioskScreen {
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.85
        spacing: KioskStyle.spacing * 2
        ScreenTitle {
            objectName: "lockedTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This kiosk is out of service")
            font.pixelSize: Math.round(KioskStyle.titleSize * 1.4)
        }
        KText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Please use another kiosk, or ask at the guide desk.")
            font.pixelSize: KioskStyle.headingSize
        }
    }
}
