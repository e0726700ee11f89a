import QtQuick
import HallQ.Quick
import "Format.js" as Format

// One service's queue: its letter and name, people waiting, estimated wait.
Rectangle {
    id: root
    required property string name
    required property string prefix
    required property int waiting
    required property int estimatedWaitSeconds
    required property bool open

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.surfaceRaised
    border.width: 2

    Text {
        id: title
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: root.height * 0.09 }
        text: root.prefix + "　" + root.name
        color: Theme.text
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: root.height * 0.26
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
        elide: Text.ElideRight
    }
    Text {
        id: waiting
        anchors { left: parent.left; bottom: parent.bottom; margins: root.height * 0.09 }
        width: parent.width * 0.5
        text: "等候 " + root.waiting + " 人"
        color: root.waiting > 0 ? Theme.accent : Theme.textMuted
        font.family: Theme.fontFamily
        font.bold: root.waiting > 0
        font.pixelSize: root.height * 0.3
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
    }
    Text {
        anchors { right: parent.right; baseline: waiting.baseline; rightMargin: root.height * 0.09 }
        width: parent.width * 0.45
        horizontalAlignment: Text.AlignRight
        visible: !root.open || root.waiting > 0
        // Closed for new tickets, the people already waiting are still served.
        text: root.open ? "预计 " + Format.waitText(root.estimatedWaitSeconds) : "暂停取号"
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: root.height * 0.22
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
    }
}
