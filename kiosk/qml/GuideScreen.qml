import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// One service's guide, told once and completely (一次告知), with a QR code to take it home.
KioskScreen {
    id: screen
    readonly property var guide: Kiosk.guide

    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing
        ScreenTitle {
            objectName: "guideTitle"
            Layout.fillWidth: true
            text: qsTr("Guide: %1").arg(screen.guide.title !== undefined ? screen.guide.title : "")
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: screen.portrait ? 1 : 2
            columnSpacing: KioskStyle.spacing * 2
            Flickable {
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: sections.implicitHeight
                clip: true
                ColumnLayout {
                    id: sections
                    width: parent.width
                    spacing: KioskStyle.spacing
                    GuideSection {
                        title: qsTr("What to bring")
                        body: {
                            const items = screen.guide.materials !== undefined ? screen.guide.materials : []
                            let lines = []
                            for (let i = 0; i < items.length; ++i)
                                lines.push((i + 1) + ". " + items[i])
                            return lines.join("\n")
                        }
                    }
                    GuideSection { title: qsTr("Time limit"); body: screen.guide.timeLimit !== undefined ? screen.guide.timeLimit : "" }
                    GuideSection { title: qsTr("Fees"); body: screen.guide.fees !== undefined ? screen.guide.fees : "" }
                    GuideSection { title: qsTr("Where"); body: screen.guide.window !== undefined ? screen.guide.window : "" }
                }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                spacing: KioskStyle.spacing / 2
                QrCode {
                    objectName: "guideQr"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 280
                    Layout.preferredHeight: 280
                    payload: screen.guide.url !== undefined ? screen.guide.url : ""
                }
                KText {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.maximumWidth: 360
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Scan to download this guide (free)")
                    font.pixelSize: KioskStyle.smallSize
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: KioskStyle.spacing
            BigButton {
                objectName: "backButton"
                Layout.fillWidth: true
                text: qsTr("All guides")
                outlined: true
                onClicked: Kiosk.showGuides()
            }
            BigButton {
                objectName: "takeNumberButton"
                Layout.fillWidth: true
                visible: screen.guide.canIssue === true
                text: qsTr("Take a number")
                onClicked: Kiosk.chooseService(screen.guide.serviceId)
            }
        }
    }
}
