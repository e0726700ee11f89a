import QtQuick
import HallQ.Quick

// A discreet mark while the board is not live: the board keeps showing what
// it last knew, and says so, instead of going blank.
Rectangle {
    id: root
    required property var controller
    property bool stale: false
    property int pixelSize: Theme.fontSmall

    visible: stale
    radius: height / 2
    color: "#00000000"
    border.color: Theme.warning
    border.width: 2
    implicitWidth: label.implicitWidth + Theme.dp(24)
    implicitHeight: label.implicitHeight + Theme.dp(8)
    Text {
        id: label
        anchors.centerIn: parent
        text: "▲ " + (root.controller.connectionProblem.length > 0 ? root.controller.connectionProblem : "正在重新连接…")
        color: Theme.warning
        font.family: Theme.fontFamily
        font.pixelSize: root.pixelSize
    }
}
