import QtQuick

// Something a finger presses: `clicked` on release inside, `down` while held.
// (The kiosk does without QtQuick.Controls: loading its style costs start-up
// time for nothing a kiosk needs — no focus, no keyboard, no hover.)
Item {
    id: control
    property string text
    readonly property bool down: area.pressed
    signal clicked()
    Accessible.role: Accessible.Button
    Accessible.name: text
    opacity: enabled ? 1.0 : 0.5

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: control.clicked()
    }
}
