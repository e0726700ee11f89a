#pragma once

#include <QString>
#include <QUrl>

namespace hallq::printer {

// Which printer an app uses, from its config or `--printer`:
//   <CUPS destination>   a queue on the local (or CUPS_SERVER) cupsd, e.g. Receipt80
//   ipp://host:port/res  an IPP printer spoken to directly (ipps:// too)
//   file:<path>          print to a file (tickets: raw ESC/POS; A4: PDF) — simulated
//   (empty)              no printer configured
struct PrinterSpec
{
    enum class Kind { None, Cups, Ipp, File };

    Kind kind = Kind::None;
    QString destination; // Cups
    QUrl uri;            // Ipp
    QString path;        // File
    QString cupsServer;  // Cups: socket path or host[:port]; empty → CUPS_SERVER / client.conf

    // Empty text → Kind::None. Malformed text → Kind::None with *error set.
    static PrinterSpec parse(QStringView text, QString *error);
    QString toString() const;
    bool isSimulated() const { return kind == Kind::File; }
};

} // namespace hallq::printer
