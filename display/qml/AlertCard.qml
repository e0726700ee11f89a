import QtQuick
import QtQuick.Controls
import HallQ.Quick

// One red/yellow card: level, what is wrong, since when; a button to
// acknowledge it; who acknowledged it; resolved ones greyed in the history.
Rectangle {
    id: root
    required property int alertId
    required property string level
    required property string message
    required property var raisedAt
    required property bool active
    required property bool acknowledged
    required property string acknowledgedBy
    required property string ackNote
    signal acknowledge(int alertId)

    readonly property string status: active ? level : "closed"
    implicitHeight: column.implicitHeight + Theme.dp(16)
    color: Theme.lightSurface
    radius: Theme.radius / 2
    border.width: active && !acknowledged ? 3 : 1
    border.color: Theme.statusColor(status, true)

    Column {
        id: column
        anchors { left: parent.left; right: ackButton.left; top: parent.top; margins: Theme.dp(8) }
        spacing: Theme.dp(4)
        Row {
            spacing: Theme.dp(10)
            StatusBadge {
                status: root.status
                light: true
                text: !root.active ? "已解除" : root.level === "red" ? "红牌" : "黄牌"
                pixelSize: Theme.dp(17)
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: Qt.formatDateTime(root.raisedAt, "HH:mm")
                      + (root.acknowledged ? "　已确认（" + root.acknowledgedBy + "）" : "")
                color: Theme.lightTextMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.dp(17)
            }
        }
        Text {
            width: parent.width
            text: root.message
            wrapMode: Text.Wrap
            color: root.active ? Theme.lightText : Theme.lightTextMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.dp(20)
        }
    }
    Button {
        id: ackButton
        objectName: "ack-" + root.alertId
        anchors { right: parent.right; verticalCenter: parent.verticalCenter; rightMargin: Theme.dp(8) }
        visible: root.active && !root.acknowledged
        width: visible ? implicitWidth : 0
        text: "确认"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.dp(20)
        onClicked: root.acknowledge(root.alertId)
    }
}
