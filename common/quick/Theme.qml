pragma Singleton
import QtQuick

// Colours, sizes and fonts every HallQ screen shares. Text colours meet WCAG
// AA (≥ 4.5:1) on the background they are meant for (tests/quick checks the
// pairs listed in `contrastPairs`). Sizes are in pixels at `scale` 1 for a
// 1080-pixel-high screen; a screen sets `scale` (e.g. height / 1080) and the
// kiosk's elderly mode (适老化) sets `elderly`, which enlarges every text so
// body text is at least 18 pt.
QtObject {
    id: theme

    // --- scaling
    property real scale: 1.0
    property bool elderly: false
    readonly property real textScale: scale * (elderly ? 1.3 : 1.0)
    function px(base) { return Math.round(base * theme.textScale) }
    function dp(base) { return Math.round(base * theme.scale) }

    // --- fonts
    readonly property string fontFamily: "WenQuanYi Micro Hei"
    readonly property int fontSmall: px(20)
    readonly property int fontBody: px(26)
    readonly property int fontTitle: px(36)
    readonly property int fontHeadline: px(52)
    readonly property int fontHuge: px(120)
    readonly property int touchTarget: dp(72)   // ≥ 60 dp (适老化)
    readonly property int radius: dp(12)
    readonly property int spacing: dp(16)

    // --- dark palette: hall boards and window-top screens
    readonly property color background: "#0b1a30"
    readonly property color surface: "#13294a"
    readonly property color surfaceRaised: "#1c3a66"
    readonly property color text: "#ffffff"
    readonly property color textMuted: "#c3d0e3"
    readonly property color accent: "#ffd24a"       // ticket numbers
    readonly property color callText: "#ffffff"
    readonly property color ok: "#5ee08a"
    readonly property color warning: "#ffc940"
    readonly property color danger: "#ff7a7a"
    readonly property color info: "#7cc4ff"
    readonly property color highlight: "#b3261e"    // flashing call background (white text on it)

    // --- light palette: kiosk, supervisor
    readonly property color lightBackground: "#f5f7fa"
    readonly property color lightSurface: "#ffffff"
    readonly property color lightText: "#14181f"
    readonly property color lightTextMuted: "#4a5361"
    readonly property color lightAccent: "#0b57d0"
    readonly property color lightOk: "#146c2e"
    readonly property color lightWarning: "#7a4d00"
    readonly property color lightDanger: "#b3261e"

    // Foreground/background pairs that must reach 4.5:1.
    readonly property var contrastPairs: [
        [text, background], [textMuted, background], [accent, background], [ok, background],
        [warning, background], [danger, background], [info, background],
        [text, surface], [textMuted, surface], [accent, surface], [ok, surface], [warning, surface],
        [danger, surface], [text, surfaceRaised], [accent, surfaceRaised], [callText, highlight],
        [lightText, lightBackground], [lightTextMuted, lightBackground], [lightAccent, lightSurface],
        [lightOk, lightSurface], [lightWarning, lightSurface], [lightDanger, lightSurface],
        [lightText, lightSurface], [lightTextMuted, lightSurface]
    ]

    // Status → colour and a shape, so state is never told by colour alone.
    function statusColor(status, light) {
        switch (status) {
        case "ok": case "serving": case "idle": case "calling": return light ? lightOk : ok
        case "warning": case "yellow": case "paused": return light ? lightWarning : warning
        case "error": case "red": return light ? lightDanger : danger
        case "closed": return light ? lightTextMuted : textMuted
        default: return light ? lightAccent : info
        }
    }
    function statusSymbol(status) {
        switch (status) {
        case "ok": case "serving": case "calling": return "●"
        case "idle": return "○"
        case "warning": case "yellow": case "paused": return "▲"
        case "error": case "red": return "■"
        case "closed": return "—"
        default: return "◆"
        }
    }
}
