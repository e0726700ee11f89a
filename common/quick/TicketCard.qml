import QtQuick

// One ticket as the hall sees it: the number large, where to go, and a
// caption (service, 重呼). `flashing` blinks the card a few times to catch
// the eye when a call is new; it stops by itself.
Rectangle {
    id: root
    property string number: ""
    property string destination: ""   // "3 号窗口"
    property string caption: ""        // service name, 重呼
    property bool light: false
    property bool flashing: false
    property int flashCount: 6
    property real numberSize: height * 0.5

    radius: Theme.radius
    color: light ? Theme.lightSurface : Theme.surface
    border.width: Math.max(1, Theme.dp(2))
    border.color: light ? "#c7ced9" : Theme.surfaceRaised
    implicitWidth: Theme.dp(360)
    implicitHeight: Theme.dp(160)
    Accessible.role: Accessible.StaticText
    Accessible.name: number + " " + destination + " " + caption

    Rectangle {
        id: flash
        anchors.fill: parent
        radius: parent.radius
        color: Theme.highlight
        opacity: 0
    }

    SequentialAnimation {
        id: blink
        loops: root.flashCount
        NumberAnimation { target: flash; property: "opacity"; to: 1; duration: 250 }
        NumberAnimation { target: flash; property: "opacity"; to: 0; duration: 250 }
    }
    onFlashingChanged: flashing ? blink.restart() : blink.stop()
    Component.onCompleted: if (flashing) blink.start()

    Row {
        anchors.fill: parent
        anchors.margins: Theme.dp(12)
        spacing: Theme.spacing

        BigNumberText {
            width: parent.width * 0.45
            height: parent.height
            number: root.number
            pixelSize: root.numberSize
            color: root.light ? Theme.lightAccent : Theme.accent
        }
        Column {
            width: parent.width * 0.55 - Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            Text {
                width: parent.width
                text: root.destination
                color: root.light ? Theme.lightText : Theme.text
                font.family: Theme.fontFamily
                font.bold: true
                font.pixelSize: root.numberSize * 0.6
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 10
            }
            Text {
                width: parent.width
                visible: text.length > 0
                text: root.caption
                color: root.light ? Theme.lightTextMuted : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: root.numberSize * 0.35
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 10
                elide: Text.ElideRight
            }
        }
    }
}
