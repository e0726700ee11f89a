import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk

RowLayout {
    property string label
    property string value
    Layout.fillWidth: true
    spacing: KioskStyle.spacing
    KText {
        Layout.preferredWidth: 320
        text: parent.label
        font.bold: true
    }
    KText {
        Layout.fillWidth: true
        text: parent.value
    }
}
