import QtQuick
import HallQ.Quick

// The hall board: hall name and clock on top, the latest call as large as
// possible, the recent calls beside (landscape) or below it (portrait), every
// service's queue, and the notices scrolling along the bottom.
Rectangle {
    id: root
    required property var controller
    required property var board
    readonly property bool portrait: controller.layout === "portrait"
                                     || (controller.layout === "auto" && height > width)
    readonly property real unit: Math.min(width, height) / 1080

    color: Theme.background

    // --- header
    Item {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: root.height * (root.portrait ? 0.065 : 0.095)
        Text {
            id: hallName
            anchors { left: parent.left; leftMargin: root.unit * 32; verticalCenter: parent.verticalCenter }
            width: parent.width * 0.6
            text: root.board.hallName.length > 0 ? root.board.hallName : "政务服务中心"
            color: Theme.text
            font.family: Theme.fontFamily
            font.bold: true
            font.pixelSize: header.height * 0.5
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 12
        }
        Text {
            objectName: "voiceMark"
            // Discreet, for the hall's staff: the board is not speaking.
            visible: root.controller.voiceStatus.length > 0 && root.controller.voiceStatus !== "语音播报"
            text: "◇ " + root.controller.voiceStatus
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: header.height * 0.2
            anchors { right: clock.left; rightMargin: root.unit * 24; bottom: parent.bottom; bottomMargin: header.height * 0.08 }
        }
        ReconnectMark {
            objectName: "reconnectMark"
            controller: root.controller
            stale: root.board.stale
            pixelSize: header.height * 0.22
            anchors { right: clock.left; rightMargin: root.unit * 24; top: parent.top; topMargin: header.height * 0.12 }
        }
        ClockText {
            id: clock
            controller: root.controller
            pixelSize: header.height * 0.42
            anchors { right: parent.right; rightMargin: root.unit * 32; verticalCenter: parent.verticalCenter }
        }
    }

    // --- body
    Item {
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: ticker.top; margins: root.unit * 20 }

        CallPanel {
            id: call
            objectName: "callPanel"
            board: root.board
            x: 0
            y: 0
            width: root.portrait ? body.width : body.width * 0.6
            height: root.portrait ? body.height * 0.36 : body.height * 0.68
        }

        Item {
            id: recent
            x: root.portrait ? 0 : call.width + root.unit * 20
            y: root.portrait ? call.height + root.unit * 20 : 0
            width: root.portrait ? body.width : body.width - call.width - root.unit * 20
            height: root.portrait ? body.height * 0.3 : call.height
            Text {
                id: recentTitle
                text: "最近叫号"
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: root.unit * 34
            }
            GridView {
                id: recentList
                objectName: "recentCalls"
                anchors { left: parent.left; right: parent.right; top: recentTitle.bottom; bottom: parent.bottom; topMargin: root.unit * 8 }
                interactive: false
                model: root.board.recentCalls
                readonly property int columns: root.portrait ? 2 : 1
                readonly property int rows: Math.max(1, Math.ceil(root.controller.recentCalls / columns))
                cellWidth: width / columns
                cellHeight: height / rows
                delegate: RecentCallRow {
                    width: recentList.cellWidth - root.unit * 6
                    height: recentList.cellHeight - root.unit * 6
                }
            }
        }

        Item {
            id: services
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            anchors.top: root.portrait ? recent.bottom : call.bottom
            anchors.topMargin: root.unit * 20
            GridView {
                id: serviceGrid
                objectName: "services"
                anchors.fill: parent
                interactive: false
                model: root.board.services
                readonly property int columns: root.portrait ? 2 : Math.max(4, Math.ceil(count / 2))
                readonly property int rows: Math.max(1, Math.ceil(count / columns))
                cellWidth: width / columns
                cellHeight: height / rows
                delegate: ServiceTile {
                    width: serviceGrid.cellWidth - root.unit * 10
                    height: serviceGrid.cellHeight - root.unit * 10
                }
            }
        }
    }

    NoticeTicker {
        id: ticker
        objectName: "ticker"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: root.height * (root.portrait ? 0.04 : 0.06)
        notices: root.board.notices
    }
}
