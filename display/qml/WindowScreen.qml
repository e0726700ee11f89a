import QtQuick
import HallQ.Quick

// The window-top screen: window number and name, the staff member on duty,
// the current ticket and the state. A wide strip (1920×480) puts them in a
// row; a 16:9 screen (1280×720) stacks them.
Rectangle {
    id: root
    required property var controller
    required property var windowModel
    readonly property bool strip: width / Math.max(1, height) > 2.4
    readonly property string stateKind: windowModel.state === "paused" ? "paused"
                                        : windowModel.state === "closed" || !windowModel.known ? "closed" : "serving"

    color: Theme.background

    Rectangle {
        id: flash
        anchors.fill: parent
        color: Theme.highlight
        opacity: 0
    }
    SequentialAnimation {
        id: blink
        loops: 5
        NumberAnimation { target: flash; property: "opacity"; to: 0.8; duration: 300 }
        NumberAnimation { target: flash; property: "opacity"; to: 0; duration: 300 }
    }
    Connections {
        target: root.windowModel
        function onCalled() { blink.restart() }
    }

    Grid {
        anchors.fill: parent
        anchors.margins: root.height * 0.05
        columns: root.strip ? 3 : 1
        rows: root.strip ? 1 : 3
        columnSpacing: root.width * 0.02
        rowSpacing: root.height * 0.02

        // window number and name
        Item {
            width: root.strip ? root.width * 0.3 : root.width * 0.9
            height: root.strip ? root.height * 0.9 : root.height * 0.28
            Text {
                id: windowNumber
                anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                width: parent.width * (root.strip ? 1.0 : 0.45)
                height: parent.height * (root.strip ? 0.62 : 1.0)
                anchors.verticalCenterOffset: root.strip ? -parent.height * 0.17 : 0
                text: "<font color='" + Theme.accent + "'>" + root.windowModel.number + "</font> 号窗口"
                textFormat: Text.StyledText
                color: Theme.text
                font.family: Theme.fontFamily
                font.bold: true
                font.pixelSize: height * 0.8
                fontSizeMode: Text.Fit
                minimumPixelSize: 12
                verticalAlignment: Text.AlignVCenter
            }
            Column {
                anchors { right: parent.right; bottom: parent.bottom }
                anchors.left: root.strip ? parent.left : windowNumber.right
                anchors.leftMargin: root.strip ? 0 : parent.width * 0.03
                height: parent.height * (root.strip ? 0.32 : 0.7)
                Text {
                    width: parent.width
                    text: root.windowModel.name
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: parent.height * 0.42
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                }
                Text {
                    width: parent.width
                    text: root.windowModel.serviceNames
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: parent.height * 0.3
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    elide: Text.ElideRight
                }
            }
        }

        // current ticket
        Rectangle {
            width: root.strip ? root.width * 0.36 : root.width * 0.9
            height: root.strip ? root.height * 0.9 : root.height * 0.36
            color: Theme.surface
            radius: Theme.radius
            Text {
                anchors { top: parent.top; left: parent.left; margins: parent.height * 0.05 }
                text: root.windowModel.state === "calling" ? "请" : "当前号"
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: parent.height * 0.13
            }
            BigNumberText {
                objectName: "currentTicket"
                anchors.centerIn: parent
                width: parent.width * 0.9
                height: parent.height * 0.7
                number: root.windowModel.currentTicket.length > 0 ? root.windowModel.currentTicket : "—"
                pixelSize: height * 0.9
            }
        }

        // staff and state
        Column {
            width: root.strip ? root.width * 0.28 : root.width * 0.9
            height: root.strip ? root.height * 0.9 : root.height * 0.24
            spacing: height * 0.06
            StatusBadge {
                objectName: "stateBadge"
                status: root.stateKind
                text: root.windowModel.stateText
                // As large as the column allows for the longest state text.
                pixelSize: Math.min(parent.height * (root.strip ? 0.13 : 0.2), parent.width / (text.length + 3))
            }
            Text {
                width: parent.width
                visible: root.windowModel.staffName.length > 0
                text: "工作人员：" + root.windowModel.staffName
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: parent.height * (root.strip ? 0.14 : 0.22)
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 10
            }
            Text {
                width: parent.width
                visible: root.windowModel.staffId.length > 0
                text: "工号：" + root.windowModel.staffId
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: parent.height * (root.strip ? 0.11 : 0.17)
            }
            ReconnectMark {
                controller: root.controller
                stale: root.windowModel.stale
                pixelSize: parent.height * (root.strip ? 0.08 : 0.12)
            }
        }
    }
}
