import QtQuick
import HallQ.Quick
import "Format.js" as Format

// One service's queue: its name and letter, people waiting, estimated wait.
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

    Column {
        anchors.fill: parent
        anchors.margins: root.height * 0.08
        spacing: root.height * 0.03
        Text {
            width: parent.width
            text: root.prefix + "　" + root.name
            color: Theme.text
            font.family: Theme.fontFamily
            font.bold: true
            font.pixelSize: root.height * 0.2
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: root.open ? "等候 <b>" + root.waiting + "</b> 人" : "暂停取号"
            textFormat: Text.StyledText
            color: root.open ? Theme.accent : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: root.height * 0.22
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
        }
        Text {
            width: parent.width
            visible: root.open
            text: "预计 " + Format.waitText(root.estimatedWaitSeconds)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: root.height * 0.16
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
        }
    }
}
