import QtQuick
import QtQuick.Layouts
import HallQ.Kiosk

// One service on the home screen. Everything it says is in words (never
// colour alone): the name, the queue, whether an ID card is needed, and
// whether a number can be taken now or from when.
AbstractTile {
    id: tile
    property string serviceId
    property string title
    property string subtitle
    property int waiting: 0
    property int waitMinutes: -1
    property bool realName: false
    property bool canIssue: true
    property bool issueAhead: false
    property string opensText

    enabled: true
    fill: canIssue ? KioskStyle.surface : KioskStyle.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: KioskStyle.spacing
        spacing: Math.round(KioskStyle.spacing / 3)
        KText {
            Layout.fillWidth: true
            text: tile.title
            // Large-text mode already enlarges it; the tile must still hold everything it says.
            font.pixelSize: KioskStyle.elderly ? KioskStyle.bodySize : KioskStyle.headingSize
            font.bold: true
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        KText {
            Layout.fillWidth: true
            text: tile.subtitle
            font.pixelSize: KioskStyle.smallSize
            color: KioskStyle.textMuted
            visible: !KioskStyle.elderly && text.length > 0
            maximumLineCount: 1
            elide: Text.ElideRight
        }
        Item { Layout.fillHeight: true }
        KText {
            Layout.fillWidth: true
            text: tile.canIssue
                  ? (tile.waitMinutes >= 0 ? qsTr("%1 waiting · about %2 min").arg(tile.waiting).arg(tile.waitMinutes)
                                           : qsTr("%1 waiting").arg(tile.waiting))
                  : qsTr("Closed now")
            color: tile.canIssue ? KioskStyle.text : KioskStyle.warning
            font.bold: !tile.canIssue
        }
        KText {
            Layout.fillWidth: true
            visible: text.length > 0
            text: tile.opensText.length === 0 ? ""
                  : (tile.issueAhead ? qsTr("Called from %1").arg(tile.opensText) : qsTr("Opens %1").arg(tile.opensText))
            font.pixelSize: KioskStyle.smallSize
            color: tile.canIssue ? KioskStyle.text : KioskStyle.warning
            font.bold: !tile.canIssue
        }
        Tag {
            visible: tile.realName
            text: qsTr("ID card needed")
        }
    }
}
