#include "qml/QrImageProvider.h"

#include <QUrl>
#include <memory>
#include <qrencode.h>

namespace hallq::kiosk {

namespace {
constexpr int kQuietZone = 4;
}

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage QrImageProvider::render(const QByteArray &text)
{
    if (text.isEmpty())
        return {};
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width;
    const int side = modules + 2 * kQuietZone;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules; ++y) {
        uchar *line = image.scanLine(y + kQuietZone);
        for (int x = 0; x < modules; ++x)
            if (code->data[y * modules + x] & 1)
                line[x + kQuietZone] = 0;
    }
    return image;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QImage modules = render(QUrl::fromPercentEncoding(id.toUtf8()).toUtf8());
    if (modules.isNull()) {
        if (size)
            *size = {};
        return {};
    }
    const int wanted = std::max(requestedSize.width(), requestedSize.height());
    // Whole pixels per module: a blurred module is one a camera may misread.
    const int scale = std::max(1, wanted / modules.width());
    QImage image = modules.scaled(modules.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace hallq::kiosk
