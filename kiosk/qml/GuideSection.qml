import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk

ColumnLayout {
    property string title
    property string body
    Layout.fillWidth: true
    spacing: 4
    KText {
        Layout.fillWidth: true
        text: parent.title
        font.pixelSize: KioskStyle.headingSize
        font.bold: true
    }
    KText {
        Layout.fillWidth: true
        text: parent.body
    }
}
