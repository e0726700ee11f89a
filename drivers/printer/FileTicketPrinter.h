#pragma once

#include "printer/TicketPrinter.h"

namespace hallq::printer {

// SIMULATED printer for machines without one: each job's bytes are appended
// to a file (or written as ticket-NNNN.bin when the path is a directory).
// isSimulated() is true and every job is logged as simulated; results carry
// simulated = true so the UI can say "模拟打印".
class FileTicketPrinter : public TicketPrinter
{
    Q_OBJECT
public:
    explicit FileTicketPrinter(const QString &path, QObject *parent = nullptr);

    QFuture<PrintResult> submit(const QByteArray &data, const QString &jobTitle,
                                const SubmitOptions &options = {}) override;
    QFuture<PrinterState> queryState() override;
    QString description() const override;
    bool isSimulated() const override { return true; }

    int jobCount() const { return m_jobs; }

private:
    QString m_path;
    int m_jobs = 0;
};

} // namespace hallq::printer
