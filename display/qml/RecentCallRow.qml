import QtQuick
import HallQ.Quick

// One line of the recent calls: the number and the window it was called to.
Rectangle {
    id: root
    required property string ticketNumber
    required property int window
    required property int recall
    required property int index
    property int pixelSize: Math.round(height * 0.62)

    color: index % 2 === 0 ? Theme.surface : Theme.background
    radius: Theme.radius / 2

    Text {
        anchors { left: parent.left; leftMargin: parent.width * 0.06; verticalCenter: parent.verticalCenter }
        width: parent.width * 0.4
        text: root.ticketNumber
        color: Theme.accent
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: root.pixelSize
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
    }
    Text {
        anchors { right: parent.right; rightMargin: parent.width * 0.06; verticalCenter: parent.verticalCenter }
        width: parent.width * 0.5
        horizontalAlignment: Text.AlignRight
        text: root.window + " 号窗口" + (root.recall > 0 ? " · 重呼" : "")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: root.pixelSize * 0.85
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
    }
}
