#pragma once

#include <QMetaType>
#include <QString>

#include "printer/PrintFailure.h"
#include "printer/PrinterState.h"

namespace hallq::printer {

// The outcome of one submitted job. A ticket counts as printed only when
// completed() is true, i.e. CUPS (or the IPP printer) reported the job completed.
struct PrintResult
{
    PrintFailure failure = PrintFailure::None;
    QString detail;          // technical detail for the log (IPP status text, file error), no personal data
    int jobId = 0;           // CUPS/IPP job id, 0 when none was created
    qint64 elapsedMs = 0;    // submit → final state
    PrinterState printer;    // printer state seen when the job ended (failures)
    QString outputPath;      // file printers: where the bytes/PDF went
    bool simulated = false;  // produced by a file printer, not a real device

    bool completed() const { return failure == PrintFailure::None; }

    static PrintResult done(int jobId = 0)
    {
        PrintResult r;
        r.jobId = jobId;
        return r;
    }
    static PrintResult failed(PrintFailure why, QString detail, int jobId = 0)
    {
        PrintResult r;
        r.failure = why;
        r.detail = std::move(detail);
        r.jobId = jobId;
        return r;
    }
};

} // namespace hallq::printer

Q_DECLARE_METATYPE(hallq::printer::PrintResult)
