import QtQuick
import HallQ.Quick

// The hall's clock and date by the server's time (controller.now()), updated once a second.
Column {
    id: root
    required property var controller
    property bool light: false
    property int pixelSize: Theme.fontTitle
    property date current: new Date()

    Timer {
        interval: 1000
        running: true
        repeat: true
        triggeredOnStart: true
        onTriggered: root.current = root.controller.now()
    }
    Text {
        anchors.right: parent.right
        text: Qt.formatDateTime(root.current, "HH:mm:ss")
        color: root.light ? Theme.lightText : Theme.text
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: root.pixelSize
    }
    Text {
        anchors.right: parent.right
        text: root.current.toLocaleDateString(Qt.locale("zh_CN"), "yyyy年M月d日 dddd")
        color: root.light ? Theme.lightTextMuted : Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: root.pixelSize * 0.55
    }
}
