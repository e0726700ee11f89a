#include "printer/EscPos.h"

#include <qrencode.h>

namespace hallq::printer::escpos {
namespace {

QByteArray qrFunction(char fn, const QByteArray &params)
{
    // GS ( k pL pH cn(49) fn params…; pL + pH·256 = params + 2.
    const int len = int(params.size()) + 2;
    QByteArray out = bytes({GS, '(', 'k', char(len & 0xff), char((len >> 8) & 0xff), char(49), fn});
    out += params;
    return out;
}

} // namespace

QByteArray qrCode(const QByteArray &payload, int moduleSize, char errorLevel)
{
    int level = 49; // M
    switch (errorLevel) {
    case 'L': level = 48; break;
    case 'Q': level = 50; break;
    case 'H': level = 51; break;
    default: break;
    }
    QByteArray out;
    out += qrFunction(65, bytes({char(50), char(0)}));          // 31 41 32 00: model 2
    out += qrFunction(67, QByteArray(1, char(moduleSize)));        // 31 43 n: module size
    out += qrFunction(69, QByteArray(1, char(level)));             // 31 45 n: error level
    out += qrFunction(80, QByteArray(1, char(48)) + payload);      // 31 50 30 d…: store
    out += qrFunction(81, QByteArray(1, char(48)));                // 31 51 30: print
    return out;
}

QByteArray qrRaster(const QByteArray &payload, int moduleSize, char errorLevel, int maxDots)
{
    QRecLevel level = QR_ECLEVEL_M;
    switch (errorLevel) {
    case 'L': level = QR_ECLEVEL_L; break;
    case 'Q': level = QR_ECLEVEL_Q; break;
    case 'H': level = QR_ECLEVEL_H; break;
    default: break;
    }
    QRcode *code = QRcode_encodeString(payload.constData(), 0, level, QR_MODE_8, 1);
    if (!code)
        return QByteArray();
    constexpr int quiet = 2;
    const int n = code->width;
    int s = moduleSize;
    while (s > 1 && (n + 2 * quiet) * s > maxDots)
        --s;
    const int dots = (n + 2 * quiet) * s;
    const int rowBytes = (dots + 7) / 8;
    QByteArray out = bytes({GS, 'v', '0', 0, char(rowBytes & 0xff), char(rowBytes >> 8), char(dots & 0xff), char(dots >> 8)});
    QByteArray image(qsizetype(rowBytes) * dots, '\0');
    for (int y = 0; y < dots; ++y) {
        const int my = y / s - quiet;
        for (int x = 0; x < dots; ++x) {
            const int mx = x / s - quiet;
            if (mx >= 0 && my >= 0 && mx < n && my < n && (code->data[my * n + mx] & 1))
                image[y * rowBytes + x / 8] = char(quint8(image[y * rowBytes + x / 8]) | (0x80 >> (x % 8)));
        }
    }
    QRcode_free(code);
    return out + image;
}

} // namespace hallq::printer::escpos
