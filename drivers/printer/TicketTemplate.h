#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hallq::printer {

// One line (or element) of a ticket layout.
struct TicketBlock
{
    enum class Kind { Text, Rule, Qr, Notes, Feed, Cut };
    enum class Align { Left = 0, Center = 1, Right = 2 };

    Kind kind = Kind::Text;
    QString text;          // Text: with {placeholders}; Qr: the payload template ({statusUrl})
    Align align = Align::Left;
    int width = 1;         // character magnification 1–8 (GS !)
    int height = 1;
    bool bold = false;
    QString when;          // placeholder that must be non-empty for the block to print
    int lines = 1;         // Feed: number of lines
    int qrModuleSize = 6;  // Qr: dots per module 1–16
    char qrErrorLevel = 'M'; // Qr: L M Q H
    bool qrRaster = false; // Qr: send a bitmap (GS v 0) instead of GS ( k, for printers without QR support
    QChar ruleChar = u'-'; // Rule: the character repeated across the paper
};

// A ticket layout: the paper's width in characters and the blocks in order.
// Halls change it by editing a JSON file (see resources/printer/ticket-80mm.json
// and docs/drivers.md); two layouts ship built in.
class TicketTemplate
{
public:
    QString name;          // "80mm"
    int columns = 48;      // font A characters per line (80 mm: 48, 58 mm: 32)
    bool chineseMode = true; // send FS & so GB18030 text prints as Chinese
    QList<TicketBlock> blocks;

    // The shipped layouts, loaded from the library's resources.
    static TicketTemplate builtin80mm();
    static TicketTemplate builtin58mm();
    // nullopt with *error set when the JSON is malformed or a field is out of range.
    static std::optional<TicketTemplate> fromJson(const QByteArray &json, QString *error);
    static std::optional<TicketTemplate> load(const QString &path, QString *error);

    // The placeholders a template may use.
    static const QStringList &placeholders();
};

// A template file's bytes, or nullopt with *error naming the file and the reason.
std::optional<QByteArray> readTemplateFile(const QString &path, QString *error);

} // namespace hallq::printer
