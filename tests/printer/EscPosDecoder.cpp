#include "EscPosDecoder.h"

#include <QStringDecoder>

#include <cmath>

#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace hallq::test {

QList<bool> EscPosDecoder::qrModules(const QByteArray &payload, char errorLevel)
{
    QRecLevel level = QR_ECLEVEL_M;
    switch (errorLevel) {
    case 'L': level = QR_ECLEVEL_L; break;
    case 'Q': level = QR_ECLEVEL_Q; break;
    case 'H': level = QR_ECLEVEL_H; break;
    default: break;
    }
    QList<bool> modules;
    QRcode *code = QRcode_encodeString(payload.constData(), 0, level, QR_MODE_8, 1);
    if (!code)
        return modules;
    for (int i = 0; i < code->width * code->width; ++i)
        modules.append(code->data[i] & 1);
    QRcode_free(code);
    return modules;
}

QString EscPosDecoder::artFromModules(const QList<bool> &modules)
{
    const int n = int(std::lround(std::sqrt(double(modules.size()))));
    auto dark = [&](int x, int y) { return x >= 0 && y >= 0 && x < n && y < n && modules[y * n + x]; };
    QString art;
    // One quiet-zone module around the symbol; ▀ top dark, ▄ bottom dark, █ both.
    for (int y = -1; y < n + 1; y += 2) {
        art += u"    "_s;
        for (int x = -1; x < n + 1; ++x) {
            const bool top = dark(x, y), bottom = dark(x, y + 1);
            art += top && bottom ? u'█' : top ? u'▀' : bottom ? u'▄' : u' ';
        }
        art += u'\n';
    }
    return art;
}

QString EscPosDecoder::qrArt(const QByteArray &payload, char errorLevel)
{
    const QList<bool> modules = qrModules(payload, errorLevel);
    return modules.isEmpty() ? u"    (libqrencode could not encode the payload)\n"_s : artFromModules(modules);
}

namespace {

// A QR bitmap back to modules: the top-left finder's first row is 7 dark
// modules, which gives the module size; then each module's centre is sampled.
QList<bool> modulesFromRaster(const QByteArray &image, int rowBytes, int rows, int *moduleDots)
{
    auto pixel = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < rowBytes * 8 && y < rows && (quint8(image[y * rowBytes + x / 8]) & (0x80 >> (x % 8)));
    };
    for (int y = 0; y < rows; ++y) {
        int x0 = -1, x1 = -1;
        for (int x = 0; x < rowBytes * 8; ++x) {
            if (pixel(x, y)) {
                if (x0 < 0)
                    x0 = x;
                x1 = x;
            }
        }
        if (x0 < 0)
            continue;
        int run = 0;
        while (pixel(x0 + run, y))
            ++run;
        const int s = run / 7;
        if (s < 1 || run % 7 || (x1 - x0 + 1) % s)
            return {};
        const int n = (x1 - x0 + 1) / s;
        QList<bool> modules;
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i)
                modules.append(pixel(x0 + i * s + s / 2, y + j * s + s / 2));
        *moduleDots = s;
        return modules;
    }
    return {};
}

} // namespace

EscPosDecoder::Result EscPosDecoder::decode(const QByteArray &b)
{
    Result r;
    QStringDecoder gb18030("GB18030");
    int align = 0, width = 1, height = 1;
    bool bold = false;
    QByteArray pending; // text bytes of the current line
    char qrLevel = 'M';
    int qrModule = 0;
    QByteArray qrData;

    auto flushLine = [&] {
        const QString line = gb18030.decode(pending);
        static const char alignName[] = {'l', 'c', 'r'};
        r.text += u"[%1 %2x%3%4] %5\n"_s.arg(QLatin1Char(alignName[std::clamp(align, 0, 2)]))
                      .arg(width)
                      .arg(height)
                      .arg(bold ? u" B"_s : QString(), line);
        r.lines.append(line);
        pending.clear();
    };
    auto problem = [&](const QString &what) {
        r.problems.append(what);
        r.text += u"[unknown %1]\n"_s.arg(what);
    };

    qsizetype i = 0;
    auto need = [&](qsizetype n) { return i + n <= b.size(); };
    while (i < b.size()) {
        const quint8 c = quint8(b[i]);
        if (c == 0x0a) {
            flushLine();
            ++i;
            continue;
        }
        if (c >= 0x20) {
            pending.append(char(c));
            ++i;
            continue;
        }
        if (!pending.isEmpty()) // a command in the middle of a line: show the text so far
            problem(u"text '%1' interrupted by a command"_s.arg(gb18030.decode(pending)));
        pending.clear();
        if (c == 0x1d && need(8) && b[i + 1] == 'v' && b[i + 2] == '0') {
            const int rowBytes = quint8(b[i + 4]) | (quint8(b[i + 5]) << 8);
            const int rows = quint8(b[i + 6]) | (quint8(b[i + 7]) << 8);
            if (!need(8 + qsizetype(rowBytes) * rows)) {
                problem(u"GS v 0 announces %1×%2 bytes, fewer follow"_s.arg(rowBytes).arg(rows));
                break;
            }
            int s = 0;
            const QList<bool> modules = modulesFromRaster(b.mid(i + 8, qsizetype(rowBytes) * rows), rowBytes, rows, &s);
            static const char alignName[] = {'l', 'c', 'r'};
            if (modules.isEmpty()) {
                r.text += u"[raster image %1×%2 dots, align %3]\n"_s.arg(rowBytes * 8).arg(rows).arg(QLatin1Char(alignName[std::clamp(align, 0, 2)]));
            } else {
                const int n = int(std::lround(std::sqrt(double(modules.size()))));
                r.text += u"[qr raster %1×%1 modules of %2 dots, align %3]\n"_s.arg(n).arg(s).arg(QLatin1Char(alignName[std::clamp(align, 0, 2)]));
                r.text += artFromModules(modules);
                r.rasterQrModules.append(modules);
            }
            i += 8 + qsizetype(rowBytes) * rows;
        } else if (c == 0x1b && need(2) && b[i + 1] == '@') {
            r.text += u"[init]\n"_s;
            align = 0, width = 1, height = 1, bold = false;
            i += 2;
        } else if (c == 0x1c && need(2) && b[i + 1] == '&') {
            r.text += u"[chinese mode]\n"_s;
            i += 2;
        } else if (c == 0x1b && need(3) && b[i + 1] == 'a') {
            align = quint8(b[i + 2]);
            i += 3;
        } else if (c == 0x1b && need(3) && b[i + 1] == 'E') {
            bold = b[i + 2] != 0;
            i += 3;
        } else if (c == 0x1d && need(3) && b[i + 1] == '!') {
            width = (quint8(b[i + 2]) >> 4) + 1;
            height = (quint8(b[i + 2]) & 0x0f) + 1;
            i += 3;
        } else if (c == 0x1b && need(3) && b[i + 1] == 'd') {
            r.text += u"[feed %1]\n"_s.arg(quint8(b[i + 2]));
            i += 3;
        } else if (c == 0x1d && need(3) && b[i + 1] == 'V') {
            r.text += quint8(b[i + 2]) == 1 ? u"[partial cut]\n"_s : u"[cut %1]\n"_s.arg(quint8(b[i + 2]));
            ++r.cuts;
            i += 3;
        } else if (c == 0x1d && need(7) && b[i + 1] == '(' && b[i + 2] == 'k') {
            const int len = quint8(b[i + 3]) | (quint8(b[i + 4]) << 8);
            if (len < 2 || !need(5 + len) || quint8(b[i + 5]) != 49) {
                problem(u"GS ( k with bad length %1"_s.arg(len));
                break;
            }
            const quint8 fn = quint8(b[i + 6]);
            const QByteArray params = b.mid(i + 7, len - 2);
            if (fn == 65 && params == QByteArray("\x32\x00", 2)) {
                qrData.clear();
            } else if (fn == 67 && params.size() == 1) {
                qrModule = quint8(params[0]);
            } else if (fn == 69 && params.size() == 1 && quint8(params[0]) >= 48 && quint8(params[0]) <= 51) {
                qrLevel = "LMQH"[quint8(params[0]) - 48];
            } else if (fn == 80 && params.size() >= 1 && params[0] == '0') {
                qrData = params.mid(1);
            } else if (fn == 81 && params == "0") {
                static const char alignName[] = {'l', 'c', 'r'};
                r.text += u"[qr model 2, module %1, level %2, align %3] %4\n"_s.arg(qrModule)
                              .arg(QLatin1Char(qrLevel))
                              .arg(QLatin1Char(alignName[std::clamp(align, 0, 2)]))
                              .arg(QString::fromUtf8(qrData));
                r.text += qrArt(qrData, qrLevel);
                r.qrPayloads.append(QString::fromUtf8(qrData));
            } else {
                problem(u"GS ( k fn %1"_s.arg(fn));
            }
            i += 5 + len;
        } else {
            problem(u"byte %1 at %2"_s.arg(c, 2, 16, QLatin1Char('0')).arg(i));
            ++i;
        }
    }
    if (!pending.isEmpty())
        problem(u"unterminated text '%1'"_s.arg(gb18030.decode(pending)));
    return r;
}

} // namespace hallq::test
