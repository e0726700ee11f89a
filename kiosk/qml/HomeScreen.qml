import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// Service tiles, and below them the guides, appointment check-in and the green channel.
KioskScreen {
    id: screen

    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing

        KText {
            Layout.fillWidth: true
            visible: screen.portrait // landscape has no height to spare; the tiles say it
            text: qsTr("Please choose a service")
            font.pixelSize: KioskStyle.titleSize
            font.bold: true
        }

        // The card the citizen swiped, masked, and what it means for them.
        Rectangle {
            objectName: "cardBanner"
            Layout.fillWidth: true
            visible: Kiosk.card.present === true
            color: KioskStyle.noticeBackground
            radius: KioskStyle.radius
            implicitHeight: cardText.implicitHeight + 2 * KioskStyle.spacing
            KText {
                id: cardText
                anchors.fill: parent
                anchors.margins: KioskStyle.spacing
                color: KioskStyle.noticeText
                text: Kiosk.card.present !== true ? ""
                      : (Kiosk.card.elderly
                         ? qsTr("ID card read: %1 (%2). You are %3 or older: your number will be a green-channel number.")
                             .arg(Kiosk.card.maskedName).arg(Kiosk.card.maskedId).arg(Kiosk.elderlyAge)
                         : qsTr("ID card read: %1 (%2).").arg(Kiosk.card.maskedName).arg(Kiosk.card.maskedId))
            }
        }

        KText {
            objectName: "outsideMessage"
            Layout.fillWidth: true
            visible: !Kiosk.anyOpen && text.length > 0
            text: Kiosk.outsideMessage
            color: KioskStyle.noticeText
            font.pixelSize: KioskStyle.smallSize
        }

        GridView {
            id: grid
            objectName: "serviceGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            interactive: contentHeight > height
            clip: true
            readonly property int columns: screen.portrait ? 2 : 4
            readonly property int rows: Math.max(1, Math.ceil(count / columns))
            cellWidth: Math.floor(width / columns)
            cellHeight: Math.max(Math.floor(height / rows), KioskStyle.touchTarget * 3)
            model: Kiosk.services
            delegate: Item {
                width: grid.cellWidth
                height: grid.cellHeight
                required property string serviceId
                required property string title
                required property string subtitle
                required property int waiting
                required property int waitMinutes
                required property bool realName
                required property bool canIssue
                required property bool issueAhead
                required property string opensText
                ServiceTile {
                    objectName: "tile_" + parent.serviceId
                    anchors.fill: parent
                    anchors.margins: Math.round(KioskStyle.spacing / 2)
                    serviceId: parent.serviceId
                    title: parent.title
                    subtitle: parent.subtitle
                    waiting: parent.waiting
                    waitMinutes: parent.waitMinutes
                    realName: parent.realName
                    canIssue: parent.canIssue
                    issueAhead: parent.issueAhead
                    opensText: parent.opensText
                    onClicked: Kiosk.chooseService(serviceId)
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: KioskStyle.spacing
            rowSpacing: KioskStyle.spacing
            BigButton {
                objectName: "guidesButton"
                Layout.fillWidth: true
                text: qsTr("Service guides")
                fill: KioskStyle.neutral
                onClicked: Kiosk.showGuides()
            }
            BigButton {
                objectName: "checkInButton"
                Layout.fillWidth: true
                text: qsTr("Appointment check-in")
                fill: KioskStyle.primary
                onClicked: Kiosk.showCheckIn()
            }
            BigButton {
                objectName: "greenButton"
                Layout.fillWidth: true
                text: qsTr("Green channel")
                fill: KioskStyle.green
                onClicked: Kiosk.showGreenChannel()
            }
        }
    }
}
