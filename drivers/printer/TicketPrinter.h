#pragma once

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

#include "printer/PrintResult.h"
#include "printer/PrinterState.h"

namespace hallq::printer {

// Per-job options. The defaults suit a kiosk: give up after 15 s and cancel
// the job so a ticket the citizen was told failed never comes out later.
struct SubmitOptions
{
    int timeoutMs = 15000;
    bool cancelOnFailure = true;
    // A printer that keeps reporting offline / no paper / door open this long
    // while the job waits fails the job with that reason (a socket backend
    // retries for minutes; an IPP printer waits for paper forever).
    int stuckGraceMs = 2000;
    QString documentFormat = QStringLiteral("application/vnd.cups-raw");
};

// A receipt printer. submit() never blocks: the future finishes with a typed
// PrintResult once the job completed or failed (paper out, offline, timeout…).
// Futures finish on a worker thread; use QFuture::then(context, …) or a
// QFutureWatcher to get back to the GUI thread.
class TicketPrinter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TicketPrinter() override = default;

    virtual QFuture<PrintResult> submit(const QByteArray &data, const QString &jobTitle,
                                        const SubmitOptions &options = {}) = 0;
    // The printer's current state and reasons (a query, not a cache).
    virtual QFuture<PrinterState> queryState() = 0;
    // What it prints to, for logs and the settings screen ("CUPS Receipt80", "模拟打印（文件）…").
    virtual QString description() const = 0;
    // True for the print-to-file stand-in: the UI must label it as simulated.
    virtual bool isSimulated() const { return false; }
};

} // namespace hallq::printer
