#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

#include "printer/AcceptanceNotice.h"
#include "printer/MaterialsNotice.h"
#include "printer/PrintResult.h"
#include "printer/PrinterSpec.h"
#include "printer/WorkerQueue.h"

namespace hallq::printer {

class CupsClient;

// The counter's A4 printer. Renders a notice to PDF (on the calling thread:
// needs the QGuiApplication's fonts) and then
//  - Cups/Ipp spec: sends the PDF as application/pdf and follows the job;
//  - File spec: writes the PDF to that file (or a new file in that directory);
//  - None: writes a PDF into `pdfDirectory` (no printer configured).
// File and None results are marked simulated and carry outputPath.
class DocumentPrinter : public QObject
{
    Q_OBJECT
public:
    DocumentPrinter(const PrinterSpec &spec, const QString &pdfDirectory, QObject *parent = nullptr);
    ~DocumentPrinter() override;

    QFuture<PrintResult> print(const AcceptanceNotice &notice);
    QFuture<PrintResult> print(const MaterialsNotice &notice);
    // Any PDF; `fileStem` names the file when it goes to a directory.
    QFuture<PrintResult> printPdf(const QByteArray &pdf, const QString &title, const QString &fileStem);

    bool isSimulated() const { return m_spec.kind == PrinterSpec::Kind::None || m_spec.isSimulated(); }
    QString description() const;
    // Deadline per A4 job (CUPS filters take longer than a raw ticket).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    PrintResult writeFile(const QByteArray &pdf, const QString &fileStem) const;

    PrinterSpec m_spec;
    QString m_pdfDirectory;
    int m_timeoutMs = 60000;
    std::atomic_bool m_abandon{false};
    std::shared_ptr<CupsClient> m_client;
    WorkerQueue m_jobs;
};

} // namespace hallq::printer
