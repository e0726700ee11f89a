import QtQuick

// A QR code drawn by the kiosk's image provider (libqrencode), black on white
// with its quiet zone, sharp at any size.
Image {
    property string payload
    source: payload.length > 0 ? "image://qr/" + encodeURIComponent(payload) : ""
    sourceSize.width: width
    sourceSize.height: height
    fillMode: Image.PreserveAspectFit
    smooth: false
    cache: true
}
