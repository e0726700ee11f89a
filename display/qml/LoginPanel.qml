import QtQuick
import QtQuick.Controls
import HallQ.Quick

// The supervisor's log-in (值班长登录).
Rectangle {
    id: root
    required property var supervisor
    color: Theme.lightBackground

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.5, Theme.dp(560))
        spacing: Theme.dp(18)
        Text {
            text: "值班长登录"
            color: Theme.lightText
            font.family: Theme.fontFamily
            font.bold: true
            font.pixelSize: Theme.dp(40)
        }
        TextField {
            id: staffId
            objectName: "staffId"
            width: parent.width
            placeholderText: "工号"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.dp(26)
        }
        TextField {
            id: password
            objectName: "password"
            width: parent.width
            placeholderText: "密码"
            echoMode: TextInput.Password
            font.family: Theme.fontFamily
            font.pixelSize: Theme.dp(26)
            onAccepted: root.supervisor.login(staffId.text, password.text)
        }
        Button {
            objectName: "loginButton"
            width: parent.width
            height: Theme.touchTarget
            text: "登录"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.dp(26)
            onClicked: root.supervisor.login(staffId.text, password.text)
        }
        Text {
            width: parent.width
            visible: text.length > 0
            text: root.supervisor.lastError
            color: Theme.lightDanger
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.dp(22)
        }
    }
}
