import QtQuick
import HallQ.Kiosk

KText {
    font.pixelSize: KioskStyle.titleSize
    font.bold: true
}
