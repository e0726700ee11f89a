pragma Singleton
import QtQuick

// Sizes and colours of the kiosk's screens. Until the shared HallQ.Quick theme
// lands this holds the kiosk's own values; every colour pair used for text was
// checked for a contrast of at least 4.5:1 (tests/kiosk/ContrastTest.cpp).
QtObject {
    // 适老化: larger text (≥ 18 pt), larger targets (≥ 60 dp), stronger contrast.
    property bool elderly: false
    readonly property real scale: elderly ? 1.35 : 1.0

    // Text on `background` / `surface`
    readonly property color background: elderly ? "#FFFFFF" : "#EEF2F7"
    readonly property color surface: "#FFFFFF"
    readonly property color text: elderly ? "#000000" : "#14202E"
    readonly property color textMuted: elderly ? "#1F1F1F" : "#44505E"
    readonly property color border: elderly ? "#000000" : "#C4CDD8"
    readonly property int borderWidth: elderly ? 3 : 1
    // Filled buttons and bars: white text on these
    readonly property color primary: elderly ? "#00366F" : "#0B5CAD"
    readonly property color green: elderly ? "#0B5A26" : "#1B7A3A"
    readonly property color warning: elderly ? "#8A1C14" : "#A8281E"
    readonly property color neutral: elderly ? "#2B2B2B" : "#4A5563"
    readonly property color onFilled: "#FFFFFF"
    // Notices: dark text on a pale tint
    readonly property color noticeBackground: "#FFF4D6"
    readonly property color noticeText: "#3D2E00"

    readonly property string fontFamily: "WenQuanYi Micro Hei"
    // Pixel sizes at the kiosk's ~96 dpi: 24 px ≈ 18 pt, the elderly minimum for main text.
    readonly property int bodySize: Math.round(26 * scale)
    readonly property int smallSize: Math.round(21 * scale)
    readonly property int titleSize: Math.round(40 * scale)
    readonly property int headingSize: Math.round(32 * scale)
    readonly property int hugeSize: Math.round(150 * scale)
    readonly property int touchTarget: Math.round(elderly ? 96 : 72)
    readonly property int spacing: Math.round(20 * scale)
    readonly property int radius: 12
}
