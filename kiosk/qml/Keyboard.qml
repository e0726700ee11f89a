import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk

// An on-screen keyboard for booking codes and staff log-in: digits, letters
// (with shift for lower case), space and backspace. Keys are touch-sized.
ColumnLayout {
    id: keyboard
    property bool lowerCase: false
    property bool allowShift: true
    signal typed(string character)
    signal erased()

    readonly property var rows: ["1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]
    spacing: 8

    Repeater {
        model: keyboard.rows
        delegate: RowLayout {
            required property string modelData
            Layout.alignment: Qt.AlignHCenter
            spacing: 8
            Repeater {
                model: parent.modelData.split("")
                delegate: BigButton {
                    required property string modelData
                    objectName: "key_" + modelData
                    implicitWidth: KioskStyle.touchTarget
                    text: keyboard.lowerCase ? modelData.toLowerCase() : modelData
                    outlined: true
                    onClicked: keyboard.typed(text)
                }
            }
        }
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: 8
        BigButton {
            visible: keyboard.allowShift
            text: keyboard.lowerCase ? "ABC" : "abc"
            fill: KioskStyle.neutral
            onClicked: keyboard.lowerCase = !keyboard.lowerCase
        }
        BigButton {
            objectName: "key_space"
            visible: keyboard.allowShift
            implicitWidth: KioskStyle.touchTarget * 4
            text: qsTr("Space")
            outlined: true
            onClicked: keyboard.typed(" ")
        }
        BigButton {
            objectName: "key_backspace"
            text: qsTr("Delete")
            fill: KioskStyle.neutral
            onClicked: keyboard.erased()
        }
    }
}
