#pragma once

#include <QByteArray>

#include <initializer_list>

// The few Epson ESC/POS commands a ticket needs (python-escpos constants.py
// uses the same bytes). Shared by the builder and anyone who must talk to a
// receipt printer directly.
namespace hallq::printer::escpos {

inline constexpr char ESC = 0x1b;
inline constexpr char GS = 0x1d;
inline constexpr char FS = 0x1c;
inline constexpr char LF = 0x0a;

inline QByteArray bytes(std::initializer_list<char> list)
{
    return QByteArray(list.begin(), qsizetype(list.size()));
}

inline QByteArray init() { return QByteArray("\x1b\x40", 2); }             // ESC @
inline QByteArray chineseModeOn() { return QByteArray("\x1c\x26", 2); }    // FS &
inline QByteArray align(int n) { return bytes({ESC, 'a', char(n)}); }  // 0 left 1 centre 2 right
inline QByteArray bold(bool on) { return bytes({ESC, 'E', char(on ? 1 : 0)}); }
// GS ! n: width and height magnification 1–8.
inline QByteArray size(int width, int height)
{
    return bytes({GS, '!', char(((width - 1) << 4) | (height - 1))});
}
inline QByteArray feed(int lines) { return bytes({ESC, 'd', char(lines)}); }
inline QByteArray partialCut() { return bytes({GS, 'V', char(1)}); }

// GS ( k: QR model 2, module size, error level, store data, print.
QByteArray qrCode(const QByteArray &payload, int moduleSize, char errorLevel);
// GS v 0: the same QR code drawn by libqrencode as a bitmap (with a 2-module
// quiet zone), for printers without GS ( k. The module size shrinks to fit
// maxDots; empty if the payload cannot be encoded.
QByteArray qrRaster(const QByteArray &payload, int moduleSize, char errorLevel, int maxDots);

} // namespace hallq::printer::escpos
