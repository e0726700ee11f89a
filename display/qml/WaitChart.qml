import QtQuick
import HallQ.Quick

// Waiting count (bars, left axis) and average wait in minutes (line, right
// axis) through today, for one service. Drawn on a Canvas; redrawn only when
// the statistics change.
Item {
    id: root
    property var series: []
    property string title: ""

    onSeriesChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()

    Text {
        id: heading
        text: root.title
        color: Theme.lightText
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: Theme.dp(20)
    }
    Row {
        anchors { right: parent.right; top: parent.top }
        spacing: Theme.dp(16)
        Text { text: "■ 等候人数"; color: Theme.lightAccent; font.family: Theme.fontFamily; font.pixelSize: Theme.dp(16) }
        Text { text: "● 平均等候（分钟）"; color: Theme.lightDanger; font.family: Theme.fontFamily; font.pixelSize: Theme.dp(16) }
    }

    Canvas {
        id: canvas
        objectName: "chart"
        anchors { left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom; topMargin: Theme.dp(6) }
        renderStrategy: Canvas.Cooperative
        onPaint: {
            var ctx = getContext("2d")
            ctx.reset()
            ctx.fillStyle = Theme.lightSurface
            ctx.fillRect(0, 0, width, height)
            var s = root.series
            var left = 44, right = 48, top = 10, bottom = 30
            var w = width - left - right, h = height - top - bottom
            ctx.strokeStyle = "#9aa3b2"
            ctx.lineWidth = 1
            ctx.beginPath(); ctx.moveTo(left, top); ctx.lineTo(left, top + h); ctx.lineTo(left + w, top + h); ctx.stroke()
            ctx.font = "14px '" + Theme.fontFamily + "'"
            ctx.fillStyle = Theme.lightTextMuted
            if (!s || s.length === 0) {
                ctx.fillText("今日暂无数据", left + 10, top + h / 2)
                return
            }
            var maxWaiting = 1, maxAvg = 1
            for (var i = 0; i < s.length; ++i) {
                maxWaiting = Math.max(maxWaiting, s[i].waiting)
                maxAvg = Math.max(maxAvg, s[i].averageWaitSeconds / 60)
            }
            maxWaiting = Math.ceil(maxWaiting * 1.15)
            maxAvg = Math.ceil(maxAvg * 1.15)
            var step = w / s.length
            ctx.fillStyle = Theme.lightAccent
            for (i = 0; i < s.length; ++i) {
                var bh = h * s[i].waiting / maxWaiting
                ctx.fillRect(left + i * step + step * 0.15, top + h - bh, step * 0.7, bh)
            }
            ctx.strokeStyle = Theme.lightDanger
            ctx.lineWidth = 3
            ctx.beginPath()
            var started = false
            for (i = 0; i < s.length; ++i) {
                if (s[i].averageWaitSeconds < 0)
                    continue
                var x = left + i * step + step / 2, y = top + h - h * (s[i].averageWaitSeconds / 60) / maxAvg
                if (!started) { ctx.moveTo(x, y); started = true } else { ctx.lineTo(x, y) }
            }
            ctx.stroke()
            ctx.fillStyle = Theme.lightDanger
            for (i = 0; i < s.length; ++i) {
                if (s[i].averageWaitSeconds < 0)
                    continue
                ctx.beginPath()
                ctx.arc(left + i * step + step / 2, top + h - h * (s[i].averageWaitSeconds / 60) / maxAvg, 5, 0, 2 * Math.PI)
                ctx.fill()
            }
            ctx.fillStyle = Theme.lightTextMuted
            ctx.fillText(String(maxWaiting), 6, top + 12)
            ctx.fillText("0", 6, top + h)
            ctx.fillText(maxAvg + "分", left + w + 6, top + 12)
            var labels = Math.min(6, s.length)
            for (i = 0; i < labels; ++i) {
                var k = Math.floor(i * (s.length - 1) / Math.max(1, labels - 1))
                ctx.fillText(Qt.formatDateTime(s[k].at, "HH:mm"), left + k * step, top + h + 20)
            }
        }
    }
}
