import QtQuick
import HallQ.Quick

// The latest call, as large as the panel allows: "请 A001 号" on the first
// line, "到 3 号窗口办理" on the second. It flashes when a live call comes in
// (callSerial changes), not when a board reconnects and catches up.
Rectangle {
    id: root
    required property var board
    property int flashes: 6

    color: Theme.surface
    radius: Theme.radius

    Rectangle {
        id: flash
        anchors.fill: parent
        radius: parent.radius
        color: Theme.highlight
        opacity: 0
    }
    SequentialAnimation {
        id: blink
        loops: root.flashes
        NumberAnimation { target: flash; property: "opacity"; to: 1; duration: 300 }
        NumberAnimation { target: flash; property: "opacity"; to: 0; duration: 300 }
    }
    Connections {
        target: root.board
        function onCalled() { blink.restart() }
    }

    Text {
        id: heading
        anchors { top: parent.top; left: parent.left; margins: root.height * 0.04 }
        text: root.board.latestRecall ? "重呼" : "正在叫号"
        color: root.board.latestRecall ? Theme.warning : Theme.textMuted
        font.family: Theme.fontFamily
        font.bold: root.board.latestRecall
        font.pixelSize: root.height * 0.07
    }

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.94
        visible: root.board.latestNumber.length > 0
        Text {
            objectName: "callLine1"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.StyledText
            text: "请 <font color='" + Theme.accent + "'>" + root.board.latestNumber + "</font> 号"
            color: Theme.callText
            font.family: Theme.fontFamily
            font.bold: true
            font.pixelSize: root.height * 0.36
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 12
        }
        Text {
            objectName: "callLine2"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.StyledText
            text: "到 <font color='" + Theme.accent + "'>" + root.board.latestWindow + "</font> 号窗口办理"
            color: Theme.callText
            font.family: Theme.fontFamily
            font.bold: true
            font.pixelSize: root.height * 0.24
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 12
        }
    }
    Text {
        anchors.centerIn: parent
        visible: root.board.latestNumber.length === 0
        text: "欢迎光临"
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: root.height * 0.2
    }
}
