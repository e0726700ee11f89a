#pragma once

#include <QByteArray>
#include <QString>

#include "printer/AcceptanceNotice.h"
#include "printer/DocumentTemplate.h"
#include "printer/MaterialsNotice.h"

namespace hallq::printer {

// Renders the counter's A4 notices to PDF with QPdfWriter (needs a
// QGuiApplication for fonts). The applicant's ID number is printed masked.
class DocumentRenderer
{
public:
    static QByteArray renderPdf(const AcceptanceNotice &notice,
                                const DocumentTemplate &layout = DocumentTemplate::builtinAcceptance());
    static QByteArray renderPdf(const MaterialsNotice &notice,
                                const DocumentTemplate &layout = DocumentTemplate::builtinMaterials());

    // Fills {placeholders} from `values`; nullopt when one of them is empty or unknown.
    static std::optional<QString> fill(const QString &text, const QHash<QString, QString> &values);
};

} // namespace hallq::printer
