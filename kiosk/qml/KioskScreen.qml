import QtQuick
import HallQ.Kiosk

// What every screen has: its orientation. Screens lay themselves out for
// 1080×1920 portrait and 1920×1080 landscape.
Item {
    property bool portrait: true
}
