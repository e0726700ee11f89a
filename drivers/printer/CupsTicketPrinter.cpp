#include "printer/CupsTicketPrinter.h"

#include "printer/CupsClient.h"
#include "printer/PrinterLog.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {

CupsTicketPrinter::CupsTicketPrinter(const PrinterSpec &spec, QObject *parent)
    : TicketPrinter(parent)
    , m_spec(spec)
    , m_jobClient(std::make_shared<CupsClient>(spec))
    , m_queryClient(std::make_shared<CupsClient>(spec))
{
    Q_ASSERT(spec.kind == PrinterSpec::Kind::Cups || spec.kind == PrinterSpec::Kind::Ipp);
    qCInfo(lcPrinter).noquote() << "ticket printer:" << description();
}

CupsTicketPrinter::~CupsTicketPrinter()
{
    m_abandon = true;
    m_jobs.waitForDone();
    m_queries.waitForDone();
}

QFuture<PrintResult> CupsTicketPrinter::submit(const QByteArray &data, const QString &jobTitle,
                                               const SubmitOptions &options)
{
    return m_jobs.run<PrintResult>([client = m_jobClient, data, jobTitle, options, abandon = &m_abandon] {
        return client->print(data, jobTitle, options, *abandon);
    });
}

QFuture<PrinterState> CupsTicketPrinter::queryState()
{
    return m_queries.run<PrinterState>([client = m_queryClient] { return client->printerState(); });
}

QString CupsTicketPrinter::description() const
{
    if (m_spec.kind == PrinterSpec::Kind::Ipp)
        return u"IPP %1"_s.arg(m_spec.uri.toString());
    return u"CUPS %1"_s.arg(m_spec.destination);
}

} // namespace hallq::printer
