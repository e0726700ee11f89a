#include "printer/EscPos.h"

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

} // namespace hallq::printer::escpos
