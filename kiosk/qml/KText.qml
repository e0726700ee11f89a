import QtQuick
import HallQ.Kiosk

// Body text in the kiosk's font, colour and size.
Text {
    color: KioskStyle.text
    font.family: KioskStyle.fontFamily
    font.pixelSize: KioskStyle.bodySize
    wrapMode: Text.WordWrap
    lineHeight: 1.15
}
