import QtQuick
import QtQuick.Window
import HallQ.Quick

// The display's one window: the mode's screen, full screen in the hall. Only
// the mode's own file is loaded, so a hall board never loads the supervisor
// view's controls (memory on a small board PC).
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
        Component.onCompleted: {
            if (window.controller.mode === "window")
                setSource("WindowScreen.qml", {controller: window.controller, windowModel: window.model})
            else if (window.controller.mode === "supervisor")
                setSource("SupervisorView.qml", {controller: window.controller, supervisor: window.model})
            else
                setSource("HallBoard.qml", {controller: window.controller, board: window.model})
        }
    }
}
