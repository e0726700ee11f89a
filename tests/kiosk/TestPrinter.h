#pragma once

#include "core/ReceiptPrinter.h"

#include <QList>
#include <QTimer>

namespace hallq::kiosk::test {

// A printer for tests of the flow above the driver: records every receipt and
// answers with the outcome the test sets (or holds the answer until release()).
class TestPrinter : public ReceiptPrinter
{
public:
    QList<Receipt> receipts;
    PrintFailure nextFailure = PrintFailure::None;
    bool hold = false;
    PrinterState printerState = PrinterState::Ready;

    void print(const Receipt &receipt) override
    {
        receipts.append(receipt);
        if (!hold)
            QTimer::singleShot(0, this, [this, receipt] { answer(receipt.ticketId); });
    }
    void answer(qint64 ticketId)
    {
        emit finished(ticketId, nextFailure, nextFailure == PrintFailure::None ? QString() : QStringLiteral("test"));
    }
    PrinterState state() const override { return printerState; }
    QString description() const override { return QStringLiteral("test printer"); }
    void setPrinterState(PrinterState s)
    {
        printerState = s;
        emit stateChanged();
    }
};

} // namespace hallq::kiosk::test
