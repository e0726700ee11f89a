#include "printer/TicketTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "printer/PrinterLog.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {
namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

int intField(const QJsonObject &o, const QString &key, int fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? int(v.toDouble()) : fallback;
}

bool checkPlaceholders(const QString &text, QString *error)
{
    qsizetype at = 0;
    while ((at = text.indexOf(u'{', at)) >= 0) {
        const qsizetype end = text.indexOf(u'}', at);
        if (end < 0)
            return fail(error, u"unclosed placeholder in \"%1\""_s.arg(text));
        const QString name = text.mid(at + 1, end - at - 1);
        if (!TicketTemplate::placeholders().contains(name))
            return fail(error, u"unknown placeholder {%1}"_s.arg(name));
        at = end + 1;
    }
    return true;
}

bool parseBlock(const QJsonObject &o, TicketBlock &b, QString *error)
{
    static const QList<std::pair<QString, TicketBlock::Kind>> kinds{
        {u"text"_s, TicketBlock::Kind::Text}, {u"rule"_s, TicketBlock::Kind::Rule},
        {u"qr"_s, TicketBlock::Kind::Qr},     {u"notes"_s, TicketBlock::Kind::Notes},
        {u"feed"_s, TicketBlock::Kind::Feed}, {u"cut"_s, TicketBlock::Kind::Cut}};
    const QString type = o.value(u"type"_s).toString();
    auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const auto &k) { return k.first == type; });
    if (kind == kinds.end())
        return fail(error, u"unknown block type \"%1\""_s.arg(type));
    b.kind = kind->second;

    const QString align = o.value(u"align"_s).toString(u"left"_s);
    if (align == u"left")
        b.align = TicketBlock::Align::Left;
    else if (align == u"center")
        b.align = TicketBlock::Align::Center;
    else if (align == u"right")
        b.align = TicketBlock::Align::Right;
    else
        return fail(error, u"align must be left, center or right, not \"%1\""_s.arg(align));

    b.text = o.value(b.kind == TicketBlock::Kind::Qr ? u"data"_s : u"text"_s).toString();
    if (b.kind == TicketBlock::Kind::Qr && b.text.isEmpty())
        b.text = u"{statusUrl}"_s;
    if (!checkPlaceholders(b.text, error))
        return false;
    b.width = intField(o, u"width"_s, 1);
    b.height = intField(o, u"height"_s, 1);
    if (b.width < 1 || b.width > 8 || b.height < 1 || b.height > 8)
        return fail(error, u"width and height must be 1–8"_s);
    b.bold = o.value(u"bold"_s).toBool(false);
    b.when = o.value(u"when"_s).toString();
    if (!b.when.isEmpty() && !TicketTemplate::placeholders().contains(b.when))
        return fail(error, u"unknown placeholder in when: %1"_s.arg(b.when));
    b.lines = intField(o, u"lines"_s, 1);
    if (b.lines < 0 || b.lines > 255)
        return fail(error, u"lines must be 0–255"_s);
    b.qrModuleSize = intField(o, u"moduleSize"_s, 6);
    if (b.qrModuleSize < 1 || b.qrModuleSize > 16)
        return fail(error, u"moduleSize must be 1–16"_s);
    const QString level = o.value(u"errorLevel"_s).toString(u"M"_s);
    if (level.size() != 1 || !QStringView(u"LMQH").contains(level[0]))
        return fail(error, u"errorLevel must be L, M, Q or H"_s);
    b.qrErrorLevel = char(level[0].unicode());
    const QString render = o.value(u"render"_s).toString(u"native"_s);
    if (render != u"native" && render != u"raster")
        return fail(error, u"render must be native or raster"_s);
    b.qrRaster = render == u"raster";
    const QString rule = o.value(u"char"_s).toString(u"-"_s);
    if (rule.size() != 1)
        return fail(error, u"rule char must be one character"_s);
    b.ruleChar = rule[0];
    return true;
}

TicketTemplate builtin(const QString &resource)
{
    QString error;
    auto t = TicketTemplate::load(resource, &error);
    // The shipped files are tested; a broken one is a build defect.
    if (!t)
        qFatal("built-in ticket template %s: %s", qPrintable(resource), qPrintable(error));
    return *t;
}

} // namespace

const QStringList &TicketTemplate::placeholders()
{
    static const QStringList names{u"hallName"_s,   u"ticketNumber"_s, u"serviceName"_s,
                                   u"peopleAhead"_s, u"waitMinutes"_s, u"issueTime"_s,
                                   u"issueDate"_s,   u"statusUrl"_s};
    return names;
}

TicketTemplate TicketTemplate::builtin80mm()
{
    return builtin(u":/hallq/printer/ticket-80mm.json"_s);
}

TicketTemplate TicketTemplate::builtin58mm()
{
    return builtin(u":/hallq/printer/ticket-58mm.json"_s);
}

std::optional<TicketTemplate> TicketTemplate::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        fail(error, u"not a JSON object: %1"_s.arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    TicketTemplate t;
    t.name = root.value(u"name"_s).toString();
    t.columns = intField(root, u"columns"_s, 48);
    if (t.columns < 16 || t.columns > 96) {
        fail(error, u"columns must be 16–96"_s);
        return std::nullopt;
    }
    t.chineseMode = root.value(u"chineseMode"_s).toBool(true);
    const QJsonValue blocks = root.value(u"blocks"_s);
    if (!blocks.isArray() || blocks.toArray().isEmpty()) {
        fail(error, u"blocks must be a non-empty array"_s);
        return std::nullopt;
    }
    int index = 0;
    for (const QJsonValue &v : blocks.toArray()) {
        TicketBlock b;
        QString blockError;
        if (!v.isObject() || !parseBlock(v.toObject(), b, &blockError)) {
            fail(error, u"block %1: %2"_s.arg(index).arg(blockError.isEmpty() ? u"not an object"_s : blockError));
            return std::nullopt;
        }
        t.blocks.append(b);
        ++index;
    }
    return t;
}

std::optional<TicketTemplate> TicketTemplate::load(const QString &path, QString *error)
{
    const std::optional<QByteArray> json = readTemplateFile(path, error);
    if (!json)
        return std::nullopt;
    QString parseError;
    auto t = fromJson(*json, &parseError);
    if (!t) {
        fail(error, u"%1: %2"_s.arg(path, parseError));
        qCWarning(lcPrinter) << "ticket template rejected:" << path << parseError;
    }
    return t;
}

std::optional<QByteArray> readTemplateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace hallq::printer
