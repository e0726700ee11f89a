import QtQuick

// A ticket number or a figure meant to be read from across the hall: bold,
// tabular, shrinks to fit its box rather than being cut.
Text {
    id: root
    property string number: ""
    property int pixelSize: Theme.fontHuge

    text: number
    color: Theme.accent
    font.family: Theme.fontFamily
    font.bold: true
    font.pixelSize: pixelSize
    fontSizeMode: Text.Fit
    minimumPixelSize: 10
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    elide: Text.ElideNone
    Accessible.role: Accessible.StaticText
    Accessible.name: number
}
