#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hallq::test {

// Turns ESC/POS bytes back into something a person can read: one line per
// printed text line with its alignment/size/bold, each command by name, and
// each QR code's payload plus the symbol itself re-encoded with libqrencode.
// Independent of the builder: it knows the command set, not the layout.
// Anything it does not know shows up as "[unknown …]" so a test fails on it.
class EscPosDecoder
{
public:
    struct Result
    {
        QString text;        // the readable rendering (golden files)
        QStringList lines;   // printed text lines only
        QStringList qrPayloads;
        QStringList problems; // unknown or malformed commands
        int cuts = 0;
        // QR codes printed as bitmaps (GS v 0), read back to their modules.
        QList<QList<bool>> rasterQrModules; // row-major, n×n
    };
    static Result decode(const QByteArray &bytes);
    // The QR symbol for a payload, in half-block characters (two modules per line).
    static QString qrArt(const QByteArray &payload, char errorLevel);
    // libqrencode's modules for a payload (row-major), to compare with a raster.
    static QList<bool> qrModules(const QByteArray &payload, char errorLevel);
    static QString artFromModules(const QList<bool> &modules);
};

} // namespace hallq::test
