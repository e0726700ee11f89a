#pragma once

#include <QQuickImageProvider>

namespace hallq::kiosk {

// image://qr/<percent-encoded text>: a QR code (libqrencode, level M) drawn
// black on white with a four-module quiet zone, scaled by whole pixels per
// module so a phone camera reads it from the screen.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The code alone, one pixel per module, quiet zone included; null for empty text.
    static QImage render(const QByteArray &text);
};

} // namespace hallq::kiosk
