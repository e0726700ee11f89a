import QtQuick
import QtQuick.Window
import HallQ.Quick

// The display's one window: the mode's screen, full screen in the hall.
Window {
    id: window
    required property var controller
    required property var model

    title: "HallQ " + controller.mode
    color: Theme.background

    Loader {
        id: loader
        objectName: "screen"
        anchors.fill: parent
        sourceComponent: window.controller.mode === "window" ? windowScreen
                        : window.controller.mode === "supervisor" ? supervisorView : hallBoard
    }
    Component {
        id: hallBoard
        HallBoard { controller: window.controller; board: window.model }
    }
    Component {
        id: windowScreen
        WindowScreen { controller: window.controller; windowModel: window.model }
    }
    Component {
        id: supervisorView
        SupervisorView { controller: window.controller; supervisor: window.model }
    }
}
