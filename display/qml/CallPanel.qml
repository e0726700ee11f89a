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

    // "请 A001 号": the number as large as the panel's height and width allow
    // (measured, so a long number shrinks instead of being cut), 请/号 smaller.
    TextMetrics {
        id: numberWidth
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: 100
        text: root.board.latestNumber
    }
    TextMetrics {
        id: wordWidth
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: 100
        text: "请号"
    }
    readonly property real numberSize: Math.min(height * numberShare,
                                                width * 0.92 * 100 / Math.max(1, numberWidth.advanceWidth + 0.62 * wordWidth.advanceWidth + 40))
    property real numberShare: 0.46

    Column {
        anchors.centerIn: parent
        anchors.verticalCenterOffset: root.height * 0.03
        width: parent.width * 0.94
        visible: root.board.latestNumber.length > 0
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: root.numberSize * 0.1
            Text {
                anchors.baseline: number.baseline
                text: "请"
                color: Theme.callText
                font.family: Theme.fontFamily
                font.bold: true
                font.pixelSize: root.numberSize * 0.62
            }
            Text {
                id: number
                objectName: "callNumber"
                text: root.board.latestNumber
                color: Theme.accent
                font.family: Theme.fontFamily
                font.bold: true
                font.pixelSize: root.numberSize
            }
            Text {
                anchors.baseline: number.baseline
                text: "号"
                color: Theme.callText
                font.family: Theme.fontFamily
                font.bold: true
                font.pixelSize: root.numberSize * 0.62
            }
        }
        Text {
            objectName: "callWindow"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.StyledText
            text: "到 <font color='" + Theme.accent + "'>" + root.board.latestWindow + "</font> 号窗口办理"
            color: Theme.callText
            font.family: Theme.fontFamily
            font.bold: true
            font.pixelSize: root.height * 0.22
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
