import QtQuick

// A state shown as a pill with a symbol and words (never colour alone):
// ok / warning / error / info, window states (serving, paused, idle, closed,
// calling) and alert levels (yellow, red).
Rectangle {
    id: root
    property string status: "info"
    property string text: ""
    property bool light: false
    property int pixelSize: Theme.fontBody

    readonly property color tone: Theme.statusColor(status, light)
    implicitWidth: label.implicitWidth + Theme.dp(28)
    implicitHeight: label.implicitHeight + Theme.dp(10)
    radius: height / 2
    color: "transparent"
    border.width: Math.max(2, Theme.dp(3))
    border.color: tone
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Text {
        id: label
        anchors.centerIn: parent
        text: Theme.statusSymbol(root.status) + " " + root.text
        color: root.tone
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: root.pixelSize
    }
}
