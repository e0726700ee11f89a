import QtQuick
import QtQuick.Window
import HallQ.Quick
import HallQ.Kiosk
import HallQ.KioskApp

// The kiosk's one window: a top bar, and the screen the flow is on.
Window {
    id: window
    width: 1080
    height: 1920
    visible: true
    color: KioskStyle.background
    title: "HallQ 自助取号机"

    readonly property bool portrait: height >= width

    // The shared theme's large-text mode follows the citizen's choice.
    Binding {
        target: Theme
        property: "elderly"
        value: Kiosk.elderly
    }

    TopBar {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.top: topBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        anchors.margins: KioskStyle.spacing
        sourceComponent: {
            switch (Kiosk.screen) {
            case KioskController.Paused: return pausedScreen
            case KioskController.Locked: return lockedScreen
            case KioskController.Home: return homeScreen
            case KioskController.CardPrompt: return cardScreen
            case KioskController.Issuing: return issuingScreen
            case KioskController.Ticket: return ticketScreen
            case KioskController.Refusal: return refusalScreen
            case KioskController.Guides: return guidesScreen
            case KioskController.Guide: return guideScreen
            case KioskController.GreenChannel: return greenScreen
            case KioskController.CheckIn: return checkInScreen
            case KioskController.StaffLogin: return staffLoginScreen
            case KioskController.Staff: return staffScreen
            }
            return pausedScreen
        }
    }

    Footer {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    Component { id: pausedScreen; PausedScreen { portrait: window.portrait } }
    Component { id: lockedScreen; LockedScreen { portrait: window.portrait } }
    Component { id: homeScreen; HomeScreen { portrait: window.portrait } }
    Component { id: cardScreen; CardPromptScreen { portrait: window.portrait } }
    Component { id: issuingScreen; IssuingScreen { portrait: window.portrait } }
    Component { id: ticketScreen; TicketScreen { portrait: window.portrait } }
    Component { id: refusalScreen; RefusalScreen { portrait: window.portrait } }
    Component { id: guidesScreen; GuidesScreen { portrait: window.portrait } }
    Component { id: guideScreen; GuideScreen { portrait: window.portrait } }
    Component { id: greenScreen; GreenChannelScreen { portrait: window.portrait } }
    Component { id: checkInScreen; CheckInScreen { portrait: window.portrait } }
    Component { id: staffLoginScreen; StaffLoginScreen { portrait: window.portrait } }
    Component { id: staffScreen; StaffScreen { portrait: window.portrait } }
}
