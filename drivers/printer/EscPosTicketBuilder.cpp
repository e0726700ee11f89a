#include "printer/EscPosTicketBuilder.h"

#include "printer/EscPos.h"
#include "printer/Placeholders.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {
namespace {

// Data comes from the server and the hall's configuration: never let it carry
// printer commands.
QString sanitized(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
        else if (c == u'\u00a5') // '¥' is 4 bytes in GB18030 and prints as '?' on many heads
            c = u'\uffe5';
    }
    return text;
}

int charWidth(char32_t c)
{
    if (c < 0x1100)
        return 1;
    // Hangul Jamo, CJK, Hangul syllables, compatibility ideographs, full-width forms.
    if ((c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd))
        return 2;
    return 1;
}

} // namespace

EscPosTicketBuilder::EscPosTicketBuilder(TicketTemplate layout)
    : m_layout(std::move(layout))
    , m_encoder("GB18030")
{
    Q_ASSERT(m_encoder.isValid());
}

namespace {

// Calls f(codePoint, index, length) for each code point of text.
template <typename F>
void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text[i].unicode();
        qsizetype n = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            n = 2;
        }
        f(c, i, n);
        i += n;
    }
}

} // namespace

int EscPosTicketBuilder::displayWidth(QStringView text)
{
    int width = 0;
    forEachCodePoint(text, [&](char32_t c, qsizetype, qsizetype) { width += charWidth(c); });
    return width;
}

QStringList EscPosTicketBuilder::wrap(QStringView text, int cells)
{
    QStringList lines;
    qsizetype start = 0;
    int used = 0;
    forEachCodePoint(text, [&](char32_t c, qsizetype at, qsizetype) {
        const int w = charWidth(c);
        if (used + w > cells && at > start) {
            lines.append(text.mid(start, at - start).toString());
            start = at;
            used = 0;
        }
        used += w;
    });
    if (start < text.size() || lines.isEmpty())
        lines.append(text.mid(start).toString());
    return lines;
}

QString EscPosTicketBuilder::value(QStringView name, const TicketPrintData &data)
{
    if (name == u"hallName")
        return sanitized(data.hallName);
    if (name == u"ticketNumber")
        return sanitized(data.ticketNumber);
    if (name == u"serviceName")
        return sanitized(data.serviceName);
    if (name == u"peopleAhead")
        return QString::number(std::max(0, data.peopleAhead));
    if (name == u"waitMinutes")
        return data.estimatedWaitMinutes >= 0 ? QString::number(data.estimatedWaitMinutes) : QString();
    if (name == u"issueTime")
        return data.issuedAt.isValid() ? data.issuedAt.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    if (name == u"issueDate")
        return data.issuedAt.isValid() ? data.issuedAt.toString(u"yyyy-MM-dd"_s) : QString();
    if (name == u"statusUrl")
        return sanitized(data.statusUrl);
    return QString();
}

QString EscPosTicketBuilder::expand(const QString &text, const TicketPrintData &data) const
{
    // Templates are validated on load: every placeholder is known and closed.
    return expandPlaceholders(text, [&](QStringView name) { return std::optional<QString>(value(name, data)); })
        .value_or(QString());
}

QByteArray EscPosTicketBuilder::encode(QStringView text)
{
    return m_encoder.encode(text);
}

QByteArray EscPosTicketBuilder::build(const TicketPrintData &data)
{
    QByteArray out;
    out.reserve(512 + data.statusUrl.size());
    out += escpos::init();
    if (m_layout.chineseMode)
        out += escpos::chineseModeOn();

    auto emitLines = [&](const TicketBlock &b, const QString &text) {
        out += escpos::align(int(b.align));
        out += escpos::size(b.width, b.height);
        out += escpos::bold(b.bold);
        for (const QString &line : wrap(text, std::max(1, m_layout.columns / b.width))) {
            out += encode(line);
            out += escpos::LF;
        }
        if (b.width != 1 || b.height != 1)
            out += escpos::size(1, 1);
        if (b.bold)
            out += escpos::bold(false);
    };

    for (const TicketBlock &b : m_layout.blocks) {
        if (!b.when.isEmpty() && value(b.when, data).isEmpty())
            continue;
        switch (b.kind) {
        case TicketBlock::Kind::Text:
            emitLines(b, expand(b.text, data));
            break;
        case TicketBlock::Kind::Rule:
            out += escpos::align(0);
            out += encode(QString(m_layout.columns / std::max(1, displayWidth(QString(b.ruleChar))), b.ruleChar));
            out += escpos::LF;
            break;
        case TicketBlock::Kind::Qr: {
            const QByteArray payload = expand(b.text, data).toUtf8();
            if (payload.isEmpty() || payload.size() > 7089)
                break;
            out += escpos::align(int(b.align));
            // Font A is 12 dots wide: the paper's printable width in dots.
            out += b.qrRaster ? escpos::qrRaster(payload, b.qrModuleSize, b.qrErrorLevel, m_layout.columns * 12)
                              : escpos::qrCode(payload, b.qrModuleSize, b.qrErrorLevel);
            out += escpos::LF;
            break;
        }
        case TicketBlock::Kind::Notes:
            for (const QString &note : data.notes) {
                if (!note.trimmed().isEmpty())
                    emitLines(b, sanitized(note));
            }
            break;
        case TicketBlock::Kind::Feed:
            out += escpos::feed(b.lines);
            break;
        case TicketBlock::Kind::Cut:
            out += escpos::partialCut();
            break;
        }
    }
    return out;
}

} // namespace hallq::printer
