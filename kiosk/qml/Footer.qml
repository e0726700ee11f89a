import QtQuick
import HallQ.Kiosk
import HallQ.KioskApp

// A quiet line at the bottom: simulated parts are always labelled as such.
Rectangle {
    color: KioskStyle.background
    implicitHeight: note.text.length > 0 ? note.implicitHeight + 12 : 0
    visible: note.text.length > 0
    KText {
        id: note
        objectName: "hardwareNote"
        anchors.centerIn: parent
        text: Kiosk.hardwareNote
        font.pixelSize: KioskStyle.smallSize
        color: KioskStyle.textMuted
    }
}
