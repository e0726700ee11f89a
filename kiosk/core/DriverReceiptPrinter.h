#pragma once

#include "core/ReceiptPrinter.h"

#include "printer/EscPosTicketBuilder.h"
#include "printer/TicketPrinter.h"

#include <QTimer>
#include <memory>

namespace hallq::kiosk {

// The kiosk's printer over the drivers: a Receipt becomes ESC/POS bytes
// (EscPosTicketBuilder), goes to the TicketPrinter (CUPS, IPP or a file),
// and counts as printed only when the driver says the job completed. The
// printer's state is queried now and then so staff mode and the server's
// supervisor alerts see paper-out before the next citizen does.
class DriverReceiptPrinter : public ReceiptPrinter
{
    Q_OBJECT
public:
    DriverReceiptPrinter(std::unique_ptr<printer::TicketPrinter> printer,
                         printer::TicketTemplate layout = printer::TicketTemplate::builtin80mm(),
                         QObject *parent = nullptr);
    ~DriverReceiptPrinter() override;

    void print(const Receipt &receipt) override;
    PrinterState state() const override { return m_state; }
    QString description() const override;
    bool isSimulated() const override { return m_printer->isSimulated(); }
    void setSubmitTimeout(int ms) { m_options.timeoutMs = ms; }
    void setStatePollInterval(int ms) { m_poll.setInterval(ms); }
    // Queries the printer now (also done every poll interval).
    void refreshState();

    // The bytes a receipt prints as (what the printer is sent).
    QByteArray bytesFor(const Receipt &receipt);
    static printer::TicketPrintData printData(const Receipt &receipt);
    static PrintFailure toFailure(printer::PrintFailure failure);
    static PrinterState toState(const printer::PrinterState &state);

private:
    void setState(PrinterState state);

    std::unique_ptr<printer::TicketPrinter> m_printer;
    printer::EscPosTicketBuilder m_builder;
    printer::SubmitOptions m_options;
    PrinterState m_state = PrinterState::Ready;
    QTimer m_poll;
};

} // namespace hallq::kiosk
