#pragma once

#include "counter/core/NoticeForm.h"
#include "printer/DocumentPrinter.h"
#include "printer/PrinterSpec.h"
#include "protocol/Shapes.h"

#include <QObject>

#include <memory>

namespace hallq::counter {

// Who and where a notice is issued: filled from the hall, window and staff.
struct NoticeContext
{
    QString hallName;
    QString serviceName;
    QString departmentName;
    QString windowName;
    QString staffName;
    QString statusUrl;
};

// Prints the counter's two A4 notices through drivers/printer: on the
// configured printer (CUPS queue or IPP), or as PDF files in a directory when
// none is configured. One job at a time; the outcome is a signal.
class NoticePrinting : public QObject
{
    Q_OBJECT
public:
    NoticePrinting(const printer::PrinterSpec &spec, const QString &pdfDirectory, QObject *parent = nullptr);
    ~NoticePrinting() override;

    bool busy() const { return m_busy; }
    QString description() const;
    // false (and nothing printed) when a job is still running.
    bool print(const NoticeForm &form, const protocol::TicketInfo &ticket, const NoticeContext &context);

    // The notice number printed on it: date, window and ticket, e.g. 20261130-03-B012-S.
    static QString noticeNumber(const protocol::TicketInfo &ticket, int window, NoticeForm::Kind kind);

signals:
    void busyChanged(bool busy);
    // ok: printed (or written); `where` is the PDF path for file output.
    void finished(bool ok, const QString &message, const QString &where);

private:
    std::unique_ptr<printer::DocumentPrinter> m_printer;
    bool m_busy = false;
};

} // namespace hallq::counter
