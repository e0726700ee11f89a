#pragma once

#include <atomic>
#include <memory>

#include "printer/PrinterSpec.h"
#include "printer/TicketPrinter.h"
#include "printer/WorkerQueue.h"

namespace hallq::printer {

class CupsClient;

// A receipt printer behind CUPS (a queue name) or spoken to directly over IPP
// (ipp://…, e.g. ippeveprinter). Jobs go out one at a time, in order, on a
// worker thread; a job counts as printed only when the printer says completed.
class CupsTicketPrinter : public TicketPrinter
{
    Q_OBJECT
public:
    explicit CupsTicketPrinter(const PrinterSpec &spec, QObject *parent = nullptr);
    ~CupsTicketPrinter() override;

    QFuture<PrintResult> submit(const QByteArray &data, const QString &jobTitle,
                                const SubmitOptions &options = {}) override;
    QFuture<PrinterState> queryState() override;
    QString description() const override;

    const PrinterSpec &spec() const { return m_spec; }

private:
    PrinterSpec m_spec;
    std::atomic_bool m_abandon{false};
    std::shared_ptr<CupsClient> m_jobClient;   // used on m_jobs' thread only
    std::shared_ptr<CupsClient> m_queryClient; // used on m_queries' thread only
    WorkerQueue m_jobs;
    WorkerQueue m_queries;
};

} // namespace hallq::printer
