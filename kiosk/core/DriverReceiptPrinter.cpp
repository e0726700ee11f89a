#include "core/DriverReceiptPrinter.h"

#include "core/KioskLog.h"

#include <QFuture>

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

DriverReceiptPrinter::DriverReceiptPrinter(std::unique_ptr<printer::TicketPrinter> printer,
                                           printer::TicketTemplate layout, QObject *parent)
    : ReceiptPrinter(parent), m_printer(std::move(printer)), m_builder(std::move(layout))
{
    m_printer->setParent(nullptr);
    m_poll.setInterval(30000);
    connect(&m_poll, &QTimer::timeout, this, &DriverReceiptPrinter::refreshState);
    m_poll.start();
    refreshState();
}

DriverReceiptPrinter::~DriverReceiptPrinter() = default;

QString DriverReceiptPrinter::description() const
{
    return m_printer->description();
}

printer::TicketPrintData DriverReceiptPrinter::printData(const Receipt &r)
{
    printer::TicketPrintData d;
    d.hallName = r.hallName;
    d.ticketNumber = r.number;
    d.serviceName = r.serviceName;
    d.peopleAhead = r.peopleAhead;
    d.estimatedWaitMinutes = r.estimatedWaitSeconds < 0 ? -1 : (r.estimatedWaitSeconds + 59) / 60;
    d.issuedAt = r.issuedAt; // already in the hall's zone
    d.statusUrl = r.statusUrl;
    if (r.ticketClass == u"green"_s)
        d.notes.append(u"绿色通道 优先办理"_s);
    else if (r.ticketClass == u"appointment"_s)
        d.notes.append(u"预约号 请留意叫号"_s);
    if (!r.identityMasked.isEmpty())
        d.notes.append(u"实名取号 "_s + r.identityMasked);
    d.notes.append(u"过号请到导办台重新激活，请勿离开大厅"_s);
    return d;
}

QByteArray DriverReceiptPrinter::bytesFor(const Receipt &receipt)
{
    return m_builder.build(printData(receipt));
}

void DriverReceiptPrinter::print(const Receipt &receipt)
{
    const qint64 ticketId = receipt.ticketId;
    const QByteArray bytes = bytesFor(receipt);
    qCDebug(lcKiosk) << "printing" << receipt.number << bytes.size() << "bytes on" << m_printer->description();
    m_printer->submit(bytes, u"ticket "_s + receipt.number, m_options)
        .then(this, [this, ticketId](const printer::PrintResult &result) {
            if (result.completed()) {
                if (m_state != PrinterState::PaperLow)
                    setState(PrinterState::Ready);
            } else {
                qCWarning(lcKiosk) << "print failed:" << printer::printFailureKey(result.failure) << result.detail;
                // The state seen at the failure when the driver read one, else what the failure implies.
                const bool seen = result.printer.kind != printer::PrinterState::Kind::Unknown ||
                                  result.printer.queryFailure != printer::PrintFailure::None;
                PrinterState implied = PrinterState::Error;
                if (result.failure == printer::PrintFailure::PaperOut)
                    implied = PrinterState::PaperOut;
                else if (toFailure(result.failure) == PrintFailure::PrinterOffline)
                    implied = PrinterState::Offline;
                const PrinterState now = seen ? toState(result.printer) : implied;
                setState(now == PrinterState::Ready ? implied : now);
            }
            emit finished(ticketId, toFailure(result.failure), printer::printFailureMessage(result.failure));
        });
}

void DriverReceiptPrinter::refreshState()
{
    m_printer->queryState().then(this, [this](const printer::PrinterState &state) { setState(toState(state)); });
}

void DriverReceiptPrinter::setState(PrinterState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcKiosk) << "printer state:" << toWireName(state);
    emit stateChanged();
}

PrintFailure DriverReceiptPrinter::toFailure(printer::PrintFailure failure)
{
    using F = printer::PrintFailure;
    switch (failure) {
    case F::None: return PrintFailure::None;
    case F::PaperOut: return PrintFailure::PaperOut;
    case F::Offline:
    case F::DoorOpen:
    case F::Stopped:
    case F::NoSuchPrinter:
    case F::NotAccepting:
    case F::Unreachable: return PrintFailure::PrinterOffline;
    case F::Timeout: return PrintFailure::Timeout;
    case F::Aborted:
    case F::Cancelled:
    case F::Held:
    case F::Rejected:
    case F::IoError: return PrintFailure::PrinterError;
    }
    return PrintFailure::PrinterError;
}

PrinterState DriverReceiptPrinter::toState(const printer::PrinterState &state)
{
    using R = printer::PrinterReason;
    if (state.queryFailure == printer::PrintFailure::NoSuchPrinter)
        return PrinterState::Absent;
    if (state.queryFailure != printer::PrintFailure::None)
        return PrinterState::Offline;
    if (state.errorReasons & R::MediaEmpty)
        return PrinterState::PaperOut;
    if (state.errorReasons & R::Offline)
        return PrinterState::Offline;
    if (!state.isReady())
        return PrinterState::Error;
    if (state.reasons & R::MediaLow)
        return PrinterState::PaperLow;
    return PrinterState::Ready;
}

} // namespace hallq::kiosk
