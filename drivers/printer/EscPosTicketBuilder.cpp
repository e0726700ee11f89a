#include "printer/EscPosTicketBuilder.h"

#include "printer/EscPos.h"

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

int EscPosTicketBuilder::displayWidth(QStringView text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QStringList EscPosTicketBuilder::wrap(QStringView text, int cells)
{
    QStringList lines;
    QString line;
    int used = 0;
    const QList<uint> ucs4 = text.toUcs4();
    for (uint c : ucs4) {
        const int w = charWidth(c);
        if (used + w > cells && !line.isEmpty()) {
            lines.append(line);
            line.clear();
            used = 0;
        }
        line += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        used += w;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

QString EscPosTicketBuilder::expand(const QString &text, const TicketPrintData &data) const
{
    QString out;
    out.reserve(text.size() + 32);
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(u'{', at);
        if (open < 0) {
            out += QStringView(text).mid(at);
            break;
        }
        out += QStringView(text).mid(at, open - at);
        const qsizetype close = text.indexOf(u'}', open);
        const QStringView name = QStringView(text).mid(open + 1, close - open - 1);
        if (name == u"hallName")
            out += sanitized(data.hallName);
        else if (name == u"ticketNumber")
            out += sanitized(data.ticketNumber);
        else if (name == u"serviceName")
            out += sanitized(data.serviceName);
        else if (name == u"peopleAhead")
            out += QString::number(std::max(0, data.peopleAhead));
        else if (name == u"waitMinutes")
            out += data.estimatedWaitMinutes >= 0 ? QString::number(data.estimatedWaitMinutes) : QString();
        else if (name == u"issueTime")
            out += data.issuedAt.isValid() ? data.issuedAt.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
        else if (name == u"issueDate")
            out += data.issuedAt.isValid() ? data.issuedAt.toString(u"yyyy-MM-dd"_s) : QString();
        else if (name == u"statusUrl")
            out += sanitized(data.statusUrl);
        at = close + 1;
    }
    return out;
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
        if (!b.when.isEmpty() && expand(u'{' + b.when + u'}', data).isEmpty())
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
            out += escpos::qrCode(payload, b.qrModuleSize, b.qrErrorLevel);
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
