pragma Singleton
import QtQuick
import HallQ.Quick

// The kiosk's names for the shared HallQ.Quick Theme (its light palette, its
// elderly scaling), plus what only a kiosk needs: filled-button colours,
// notice boxes, and in large-text mode (适老化) pure black text and heavier
// borders. Main.qml drives Theme.elderly from the controller.
QtObject {
    readonly property bool elderly: Theme.elderly
    readonly property real scale: Theme.textScale

    readonly property color background: elderly ? "#FFFFFF" : Theme.lightBackground
    readonly property color surface: Theme.lightSurface
    readonly property color text: elderly ? "#000000" : Theme.lightText
    readonly property color textMuted: elderly ? "#1F1F1F" : Theme.lightTextMuted
    readonly property color border: elderly ? "#000000" : "#C4CDD8"
    readonly property int borderWidth: elderly ? 3 : 1
    // Filled buttons and bars: white text on these (each ≥ 4.5:1 with white).
    readonly property color primary: elderly ? "#00366F" : Theme.lightAccent
    readonly property color green: Theme.lightOk
    readonly property color warning: Theme.lightDanger
    readonly property color neutral: elderly ? "#2B2B2B" : "#4A5563"
    readonly property color onFilled: "#FFFFFF"
    // Notices: dark text on a pale tint.
    readonly property color noticeBackground: "#FFF4D6"
    readonly property color noticeText: "#3D2E00"

    readonly property string fontFamily: Theme.fontFamily
    // Pixel sizes at the kiosk's ~96 dpi: 24 px ≈ 18 pt, the elderly minimum for main text.
    readonly property int bodySize: Theme.fontBody
    readonly property int smallSize: Theme.fontSmall
    readonly property int titleSize: Theme.px(40)
    readonly property int headingSize: Theme.px(32)
    readonly property int hugeSize: Theme.px(150)
    readonly property int touchTarget: elderly ? Math.round(Theme.touchTarget * 1.33) : Theme.touchTarget
    readonly property int spacing: Theme.px(20)
    readonly property int radius: Theme.radius

    // Text/background pairs that must reach 4.5:1 (tests/kiosk checks them).
    readonly property var contrastPairs: [
        [text, background], [textMuted, background], [text, surface], [textMuted, surface],
        [onFilled, primary], [onFilled, green], [onFilled, warning], [onFilled, neutral],
        [warning, surface], [warning, background], [noticeText, noticeBackground], [green, surface]
    ]
}
