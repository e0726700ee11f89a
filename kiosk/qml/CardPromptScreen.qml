import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk
import HallQ.KioskApp

// "Put your ID card on the reader" for a real-name service.
KioskScreen {
    ColumnLayout {
        anchors.fill: parent
        spacing: KioskStyle.spacing * 2

        ScreenTitle {
            Layout.fillWidth: true
            text: Kiosk.selectedService.title !== undefined ? Kiosk.selectedService.title : ""
        }
        KText {
            objectName: "cardInstruction"
            Layout.fillWidth: true
            text: qsTr("This service needs your ID card. Please put the card flat on the reader below the screen.")
            font.pixelSize: KioskStyle.headingSize
        }
        // A card going onto the reader, drawn: shape and words, no colour needed.
        Item {
            id: picture
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            property real drop: 0
            SequentialAnimation on drop {
                loops: Animation.Infinite
                running: true
                NumberAnimation { from: 0; to: 1; duration: 1200; easing.type: Easing.InOutQuad }
                PauseAnimation { duration: 900 }
            }
            Rectangle {
                id: reader
                anchors.horizontalCenter: parent.horizontalCenter
                y: Math.round(picture.height * 0.55)
                width: Math.min(parent.width * 0.7, 640)
                height: width * 0.3
                radius: 20
                color: KioskStyle.neutral
                KText {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: KioskStyle.spacing
                    text: qsTr("Card reader")
                    color: KioskStyle.onFilled
                    font.bold: true
                }
            }
            Rectangle {
                id: card
                width: reader.width * 0.55
                height: width * 0.63
                radius: 14
                color: KioskStyle.surface
                border.color: KioskStyle.text
                border.width: 3
                anchors.horizontalCenter: reader.horizontalCenter
                // From above the reader down onto it, again and again.
                y: reader.y - height - 60 + picture.drop * (height * 0.5 + 60)
                KText {
                    anchors.centerIn: parent
                    text: qsTr("ID card")
                    font.pixelSize: KioskStyle.headingSize
                    font.bold: true
                }
            }
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("Only your masked name and number are shown; the card is not stored.")
            color: KioskStyle.textMuted
            font.pixelSize: KioskStyle.smallSize
        }
        BigButton {
            objectName: "backButton"
            Layout.fillWidth: true
            text: qsTr("Back")
            outlined: true
            onClicked: Kiosk.home()
        }
    }
}
