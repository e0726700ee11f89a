import QtQuick
import HallQ.Quick

// The 政务公开 notices, scrolling right to left in one line. Moved by a
// timer at a modest frame rate (not every vsync): a board idles most of the
// day and should not keep a CPU core busy for a ticker.
Rectangle {
    id: root
    property var notices: []
    property int pixelSize: Math.round(height * 0.55)
    property real pixelsPerSecond: height * 2.2
    property int fps: 15

    color: Theme.surface
    clip: true

    Text {
        id: line
        y: (root.height - height) / 2
        x: root.width
        text: root.notices.length > 0 ? root.notices.join("　　◆　　") : ""
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: root.pixelSize
    }
    Timer {
        interval: Math.round(1000 / root.fps)
        running: root.visible && line.text.length > 0
        repeat: true
        onTriggered: {
            line.x -= root.pixelsPerSecond / root.fps
            if (line.x < -line.width)
                line.x = root.width
        }
    }
}
