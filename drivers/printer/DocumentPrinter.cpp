#include "printer/DocumentPrinter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include "printer/CupsClient.h"
#include "printer/DocumentRenderer.h"
#include "printer/PrinterLog.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {

DocumentPrinter::DocumentPrinter(const PrinterSpec &spec, const QString &pdfDirectory, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_pdfDirectory(pdfDirectory)
{
    if (spec.kind == PrinterSpec::Kind::Cups || spec.kind == PrinterSpec::Kind::Ipp)
        m_client = std::make_shared<CupsClient>(spec);
    qCInfo(lcPrinter).noquote() << "A4 printer:" << description();
}

DocumentPrinter::~DocumentPrinter()
{
    m_abandon = true;
    m_jobs.waitForDone();
}

QString DocumentPrinter::description() const
{
    switch (m_spec.kind) {
    case PrinterSpec::Kind::Cups: return u"CUPS %1"_s.arg(m_spec.destination);
    case PrinterSpec::Kind::Ipp: return u"IPP %1"_s.arg(m_spec.uri.toString());
    case PrinterSpec::Kind::File: return u"模拟打印（PDF 文件）%1"_s.arg(m_spec.path);
    case PrinterSpec::Kind::None: break;
    }
    return u"未配置打印机，保存为 PDF：%1"_s.arg(m_pdfDirectory);
}

QFuture<PrintResult> DocumentPrinter::print(const AcceptanceNotice &notice)
{
    const QString stem = u"受理通知单-"_s + (notice.common.noticeNumber.isEmpty() ? notice.common.ticketNumber
                                                                                    : notice.common.noticeNumber);
    return printPdf(DocumentRenderer::renderPdf(notice), u"业务受理通知单"_s, stem);
}

QFuture<PrintResult> DocumentPrinter::print(const MaterialsNotice &notice)
{
    const QString stem = u"一次性告知书-"_s + (notice.common.noticeNumber.isEmpty() ? notice.common.ticketNumber
                                                                                      : notice.common.noticeNumber);
    return printPdf(DocumentRenderer::renderPdf(notice), u"材料补齐一次性告知书"_s, stem);
}

QFuture<PrintResult> DocumentPrinter::printPdf(const QByteArray &pdf, const QString &title, const QString &fileStem)
{
    if (!m_client)
        return readyFuture(writeFile(pdf, fileStem));
    SubmitOptions options;
    options.timeoutMs = m_timeoutMs;
    options.documentFormat = u"application/pdf"_s;
    return m_jobs.run<PrintResult>([client = m_client, pdf, title, options, abandon = &m_abandon] {
        return client->print(pdf, title, options, *abandon);
    });
}

PrintResult DocumentPrinter::writeFile(const QByteArray &pdf, const QString &fileStem) const
{
    QString target;
    const QString base = m_spec.kind == PrinterSpec::Kind::File ? m_spec.path : m_pdfDirectory;
    if (m_spec.kind == PrinterSpec::Kind::File && !QFileInfo(base).isDir() && !base.endsWith(u'/')) {
        target = base;
    } else {
        QDir().mkpath(base);
        // Never overwrite an earlier notice: add -2, -3… when the name is taken.
        QString safeStem = fileStem;
        safeStem.replace(QRegularExpression(u"[/\\\\:*?\"<>|\\s]"_s), u"_"_s);
        target = QDir(base).filePath(safeStem + u".pdf"_s);
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = QDir(base).filePath(u"%1-%2.pdf"_s.arg(safeStem).arg(n));
    }
    QSaveFile file(target);
    PrintResult result;
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        result = PrintResult::failed(PrintFailure::IoError, u"%1: %2"_s.arg(target, file.errorString()));
        qCWarning(lcPrinter).noquote() << "could not write PDF" << target << file.errorString();
    } else {
        qCInfo(lcPrinter).noquote() << "SIMULATED A4 print: PDF written to" << target;
    }
    result.outputPath = target;
    result.simulated = true;
    return result;
}

} // namespace hallq::printer
