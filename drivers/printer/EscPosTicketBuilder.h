#pragma once

#include <QByteArray>
#include <QStringEncoder>

#include "printer/TicketPrintData.h"
#include "printer/TicketTemplate.h"

namespace hallq::printer {

// Turns a ticket into ESC/POS bytes: pure, no I/O. Text is GB18030, the layout
// comes from a TicketTemplate (80 mm by default). Not thread-safe (it keeps one
// GB18030 encoder); use one builder per thread.
class EscPosTicketBuilder
{
public:
    explicit EscPosTicketBuilder(TicketTemplate layout = TicketTemplate::builtin80mm());

    QByteArray build(const TicketPrintData &data);
    const TicketTemplate &layout() const { return m_layout; }

    // Printed width in font-A cells: 2 for CJK and other wide characters, 1 otherwise.
    static int displayWidth(QStringView text);
    // Splits text into lines of at most `cells` display cells.
    static QStringList wrap(QStringView text, int cells);

private:
    QString expand(const QString &text, const TicketPrintData &data) const;
    static QString value(QStringView placeholder, const TicketPrintData &data);
    QByteArray encode(QStringView text);

    TicketTemplate m_layout;
    QStringEncoder m_encoder;
};

} // namespace hallq::printer
