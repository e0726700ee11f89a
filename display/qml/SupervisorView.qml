import QtQuick
import QtQuick.Controls
import HallQ.Quick
import "Format.js" as Format

// The supervisor's live view: every service's queue figures, every window's
// state, the red/yellow alerts with their acknowledgement, and a chart of the
// day. Light palette: it is read at a desk, not across a hall.
Rectangle {
    id: root
    required property var controller
    required property var supervisor
    property string chartService: ""
    readonly property real unit: Math.min(width / 1920, height / 1080)

    color: Theme.lightBackground

    function selectedSeries() {
        var list = root.supervisor.services
        for (var i = 0; i < list.length; ++i)
            if (list[i].serviceId === root.chartService)
                return list[i]
        return list.length > 0 ? list[0] : null
    }

    // --- header
    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 86 * root.unit
        color: Theme.lightSurface
        Text {
            anchors { left: parent.left; leftMargin: 24 * root.unit; verticalCenter: parent.verticalCenter }
            text: (root.supervisor.hallName.length > 0 ? root.supervisor.hallName : "政务服务中心") + " · 值班监督"
            color: Theme.lightText
            font.family: Theme.fontFamily
            font.bold: true
            font.pixelSize: 34 * root.unit
        }
        Row {
            anchors { right: clock.left; rightMargin: 28 * root.unit; verticalCenter: parent.verticalCenter }
            spacing: 14 * root.unit
            StatusBadge {
                objectName: "redCount"
                status: "red"; light: true
                text: "红牌 " + root.supervisor.alerts.unacknowledgedRed
                pixelSize: 22 * root.unit
            }
            StatusBadge {
                objectName: "yellowCount"
                status: "yellow"; light: true
                text: "黄牌 " + root.supervisor.alerts.unacknowledgedYellow
                pixelSize: 22 * root.unit
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: root.supervisor.staffName.length > 0 ? "值班长：" + root.supervisor.staffName : ""
                color: Theme.lightTextMuted
                font.family: Theme.fontFamily
                font.pixelSize: 22 * root.unit
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                visible: root.supervisor.stale
                text: "▲ " + root.controller.connectionProblem
                color: Theme.lightWarning
                font.family: Theme.fontFamily
                font.pixelSize: 22 * root.unit
            }
        }
        ClockText {
            id: clock
            controller: root.controller
            light: true
            pixelSize: 34 * root.unit
            anchors { right: parent.right; rightMargin: 24 * root.unit; verticalCenter: parent.verticalCenter }
        }
    }

    // --- left: services and windows
    Column {
        id: leftPane
        anchors { left: parent.left; top: header.bottom; bottom: parent.bottom; margins: 20 * root.unit }
        width: root.width * 0.57
        spacing: 10 * root.unit

        Text { text: "各业务排队情况"; color: Theme.lightText; font.family: Theme.fontFamily; font.bold: true; font.pixelSize: 24 * root.unit }
        Row {
            height: 34 * root.unit
            Repeater {
                model: [["业务", 0.28], ["等候", 0.11], ["最长等候", 0.19], ["今日平均", 0.16], ["新取号预计", 0.16], ["已办", 0.10]]
                Text {
                    required property var modelData
                    width: leftPane.width * modelData[1]
                    text: modelData[0]
                    color: Theme.lightTextMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: 20 * root.unit
                }
            }
        }
        ListView {
            id: serviceList
            objectName: "serviceStats"
            width: leftPane.width
            height: (root.height - header.height) * 0.4
            clip: true
            interactive: false
            model: root.supervisor.services
            delegate: Rectangle {
                id: serviceRow
                required property var modelData
                required property int index
                width: serviceList.width
                height: serviceList.height / Math.max(8, serviceList.count)
                color: index % 2 === 0 ? Theme.lightSurface : Theme.lightBackground
                // Coloured by the server's own alert for this service, not a threshold of the view's.
                readonly property string alert: (root.supervisor.alerts.openCount, root.supervisor.alertLevel("wait", modelData.serviceId))
                Row {
                    anchors.verticalCenter: parent.verticalCenter
                    Text { width: leftPane.width * 0.28; text: serviceRow.modelData.name; elide: Text.ElideRight; color: Theme.lightText; font.family: Theme.fontFamily; font.pixelSize: 21 * root.unit }
                    Text { width: leftPane.width * 0.11; text: serviceRow.modelData.waiting + " 人"; color: Theme.lightText; font.family: Theme.fontFamily; font.bold: true; font.pixelSize: 21 * root.unit }
                    Text {
                        width: leftPane.width * 0.19
                        text: serviceRow.modelData.waiting > 0 ? Format.duration(serviceRow.modelData.longestWaitSeconds) + "（" + serviceRow.modelData.longestWaitTicket + "）" : "—"
                        color: serviceRow.alert === "red" ? Theme.lightDanger : serviceRow.alert === "yellow" ? Theme.lightWarning : Theme.lightText
                        font.bold: serviceRow.alert.length > 0
                        font.family: Theme.fontFamily; font.pixelSize: 21 * root.unit
                    }
                    Text { width: leftPane.width * 0.16; text: Format.waitText(serviceRow.modelData.averageWaitSeconds); color: Theme.lightText; font.family: Theme.fontFamily; font.pixelSize: 21 * root.unit }
                    Text { width: leftPane.width * 0.16; text: Format.waitText(serviceRow.modelData.estimatedWaitSeconds); color: Theme.lightText; font.family: Theme.fontFamily; font.pixelSize: 21 * root.unit }
                    Text { width: leftPane.width * 0.10; text: serviceRow.modelData.servedToday; color: Theme.lightText; font.family: Theme.fontFamily; font.pixelSize: 21 * root.unit }
                }
            }
        }

        Text { text: "窗口状态"; color: Theme.lightText; font.family: Theme.fontFamily; font.bold: true; font.pixelSize: 24 * root.unit }
        GridView {
            id: windowGrid
            objectName: "windows"
            width: leftPane.width
            height: (root.height - header.height) * 0.42
            interactive: false
            model: root.supervisor.windows
            cellWidth: width / 3
            cellHeight: height / Math.max(4, Math.ceil(count / 3))
            // Re-read "how long" every 30 s without a model change.
            property int tick: 0
            Timer { interval: 30000; running: true; repeat: true; onTriggered: windowGrid.tick++ }
            delegate: Rectangle {
                id: windowCell
                required property int number
                required property string state
                required property string staffName
                required property string currentTicketNumber
                required property var pauseReason
                required property var since
                width: windowGrid.cellWidth - 8 * root.unit
                height: windowGrid.cellHeight - 8 * root.unit
                color: Theme.lightSurface
                radius: Theme.radius / 2
                border.color: Theme.statusColor(state === "paused" ? "paused" : state === "closed" ? "closed" : "ok", true)
                border.width: 2
                Column {
                    anchors.fill: parent
                    anchors.margins: 8 * root.unit
                    Text {
                        text: windowCell.number + " 号窗口　" + Format.windowState(windowCell.state, windowCell.pauseReason)
                        color: Theme.lightText; font.family: Theme.fontFamily; font.bold: true; font.pixelSize: 20 * root.unit
                    }
                    Text {
                        text: windowCell.state === "closed" ? "—" : windowCell.staffName + (windowCell.currentTicketNumber.length > 0 ? "　" + windowCell.currentTicketNumber : "")
                        color: Theme.lightText; font.family: Theme.fontFamily; font.pixelSize: 19 * root.unit
                    }
                    Text {
                        visible: windowCell.state !== "closed" && windowCell.since !== undefined
                        text: (windowGrid.tick, "已 " + Format.duration(root.supervisor.secondsSince(windowCell.since)))
                        color: Theme.lightTextMuted; font.family: Theme.fontFamily; font.pixelSize: 18 * root.unit
                    }
                }
            }
        }
    }

    // --- right: alerts and chart
    Column {
        id: rightPane
        anchors { left: leftPane.right; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: 20 * root.unit }
        spacing: 10 * root.unit

        Text { text: "红黄牌预警"; color: Theme.lightText; font.family: Theme.fontFamily; font.bold: true; font.pixelSize: 24 * root.unit }
        ListView {
            id: alertList
            objectName: "alerts"
            width: rightPane.width
            height: (root.height - header.height) * 0.44
            clip: true
            spacing: 8 * root.unit
            model: root.supervisor.alerts
            delegate: AlertCard {
                width: alertList.width
                onAcknowledge: function(alertId) { root.supervisor.acknowledge(alertId, "") }
            }
            Text {
                anchors.centerIn: parent
                visible: alertList.count === 0
                text: "暂无预警"
                color: Theme.lightTextMuted
                font.family: Theme.fontFamily
                font.pixelSize: 22 * root.unit
            }
        }
        Flow {
            width: rightPane.width
            spacing: 6 * root.unit
            Repeater {
                model: root.supervisor.services
                Button {
                    required property var modelData
                    text: modelData.name
                    checkable: true
                    checked: root.selectedSeries() !== null && root.selectedSeries().serviceId === modelData.serviceId
                    font.family: Theme.fontFamily
                    font.pixelSize: 17 * root.unit
                    onClicked: root.chartService = modelData.serviceId
                }
            }
        }
        WaitChart {
            width: rightPane.width
            height: (root.height - header.height) * 0.3
            title: root.selectedSeries() ? root.selectedSeries().name + " · 今日" : "今日"
            series: root.selectedSeries() ? root.selectedSeries().series : []
        }
    }

    LoginPanel {
        anchors.fill: parent
        visible: root.supervisor.loginRequired
        supervisor: root.supervisor
    }
}
