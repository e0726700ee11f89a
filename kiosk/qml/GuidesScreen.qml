import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// Every service's guide (办事指南), available even while the hall is closed.
KioskScreen {
    id: screen
    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Service guides")
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("What to bring, how long it takes, what it costs and where to go — before you queue.")
        }
        GridView {
            id: list
            objectName: "guideList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            readonly property int columns: screen.portrait ? 1 : 2
            cellWidth: Math.floor(width / columns)
            cellHeight: KioskStyle.touchTarget + KioskStyle.spacing * 1.5
            model: Kiosk.services
            delegate: Item {
                required property string serviceId
                required property string title
                required property bool hasGuide
                width: list.cellWidth
                height: hasGuide ? list.cellHeight : 0
                visible: hasGuide
                BigButton {
                    objectName: "guide_" + parent.serviceId
                    anchors.fill: parent
                    anchors.margins: Math.round(KioskStyle.spacing / 2)
                    text: parent.title
                    outlined: true
                    onClicked: Kiosk.showGuide(parent.serviceId)
                }
            }
        }
        BigButton {
            objectName: "homeButton"
            Layout.fillWidth: true
            text: qsTr("Back to the start")
            onClicked: Kiosk.home()
        }
    }
}
