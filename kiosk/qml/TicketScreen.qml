import QtQuick
import QtQuick.Layouts
import HallQ.Quick
import HallQ.Kiosk
import HallQ.KioskApp

// The ticket, as the server issued it: on screen at the same time as it
// prints. If printing fails the screen says so in words and the QR code grows
// large enough to photograph: the number is valid either way.
KioskScreen {
    id: screen
    readonly property var ticket: Kiosk.ticket
    readonly property bool failed: Kiosk.printState === KioskController.Failed

    // Large enough to photograph when it is the only copy, within what the screen has room for.
    readonly property int qrSize: failed ? (portrait ? 440 : (KioskStyle.elderly ? 280 : 340)) : (portrait ? 280 : 240)

    GridLayout {
        anchors.fill: parent
        columns: screen.portrait ? 1 : 2
        columnSpacing: KioskStyle.spacing * 2
        rowSpacing: KioskStyle.spacing

        // The ticket itself
        Rectangle {
            objectName: "ticketCard"
            Layout.fillWidth: true
            Layout.fillHeight: !screen.portrait
            Layout.preferredWidth: screen.portrait ? parent.width : Math.round(parent.width * 0.55)
            Layout.preferredHeight: ticketColumn.implicitHeight + 3 * KioskStyle.spacing
            color: KioskStyle.surface
            radius: KioskStyle.radius
            border.color: KioskStyle.border
            border.width: KioskStyle.borderWidth
            ColumnLayout {
                id: ticketColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: KioskStyle.spacing * 1.5
                spacing: KioskStyle.spacing
                KText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.ticket.service !== undefined ? screen.ticket.service : ""
                    font.pixelSize: KioskStyle.headingSize
                    font.bold: true
                }
                Tag {
                    Layout.alignment: Qt.AlignHCenter
                    visible: screen.ticket.green === true
                    text: qsTr("Green channel · served first")
                    tint: KioskStyle.green
                }
                Tag {
                    Layout.alignment: Qt.AlignHCenter
                    visible: screen.ticket.ticketClass === "appointment"
                    text: qsTr("Appointment")
                    tint: KioskStyle.primary
                }
                BigNumberText {
                    objectName: "ticketNumber"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.round(KioskStyle.hugeSize * 1.15)
                    number: screen.ticket.number !== undefined ? screen.ticket.number : ""
                    pixelSize: KioskStyle.hugeSize
                    color: KioskStyle.text
                }
                KText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("%n people ahead of you", "", screen.ticket.peopleAhead !== undefined ? screen.ticket.peopleAhead : 0)
                    font.pixelSize: KioskStyle.headingSize
                }
                KText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: screen.ticket.waitMinutes !== undefined && screen.ticket.waitMinutes >= 0
                    text: qsTr("Estimated wait: about %n min", "", screen.ticket.waitMinutes !== undefined ? screen.ticket.waitMinutes : 0)
                }
                KText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: (screen.ticket.issuedAt !== undefined ? screen.ticket.issuedAt : "")
                          + (screen.ticket.identityMasked ? "  ·  " + screen.ticket.identityMasked : "")
                    color: KioskStyle.textMuted
                    font.pixelSize: KioskStyle.smallSize
                }
            }
        }

        // Beside the ticket (landscape) or under it (portrait): the paper, the phone, what next.
        // Positioned by hand (a Column): wrapped text inside Qt Quick Layouts gets the wrong height.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: screen.portrait ? parent.width : Math.round(parent.width * 0.45) - KioskStyle.spacing * 2

            Column {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                spacing: KioskStyle.spacing

                // What is happening with the paper
                Rectangle {
                    objectName: "printStatus"
                    width: parent.width
                    height: printText.contentHeight + 2 * KioskStyle.spacing
                    radius: KioskStyle.radius
                    color: screen.failed ? KioskStyle.noticeBackground : KioskStyle.surface
                    border.color: screen.failed ? KioskStyle.warning : KioskStyle.border
                    border.width: screen.failed ? 4 : KioskStyle.borderWidth
                    KText {
                        id: printText
                        objectName: "printText"
                        x: KioskStyle.spacing
                        y: KioskStyle.spacing
                        width: parent.width - 2 * KioskStyle.spacing
                        color: screen.failed ? KioskStyle.noticeText : KioskStyle.text
                        font.pixelSize: KioskStyle.headingSize
                        font.bold: true
                        text: {
                            switch (Kiosk.printState) {
                            case KioskController.Printing: return qsTr("Printing your ticket…")
                            case KioskController.Printed: return qsTr("Please take your ticket from the slot below.")
                            case KioskController.Failed:
                                return qsTr("Your ticket could not be printed (%1) — but your number is registered and valid. "
                                            + "Please take a photo of this screen or scan the code, and remember: %2.")
                                       .arg(Kiosk.printProblem).arg(screen.ticket.number !== undefined ? screen.ticket.number : "")
                            }
                            return ""
                        }
                    }
                }

                // The ticket's live status on the citizen's phone: large when it is the only copy.
                QrCode {
                    objectName: "ticketQr"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: screen.qrSize
                    height: screen.qrSize
                    payload: screen.ticket.statusUrl !== undefined ? screen.ticket.statusUrl : ""
                }
                KText {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Scan to follow your number on your phone")
                    font.pixelSize: KioskStyle.smallSize
                }
                KText {
                    width: parent.width
                    // In landscape a failed print already says what to do; the room goes to the QR code.
                    visible: screen.portrait || !screen.failed
                    text: qsTr("Please wait in the hall and listen for your number. If you miss your call, ask at the guide desk.")
                }
            }

            BigButton {
                objectName: "doneButton"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                text: qsTr("Done")
                onClicked: Kiosk.home()
            }
        }
    }
}
