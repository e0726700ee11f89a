#pragma once

#include "core/Receipt.h"

#include <QObject>

namespace hallq::kiosk {

// The kiosk's view of its ticket printer: a receipt goes in, a typed outcome
// comes out, exactly once per print(). The drivers' printer sits behind it
// (DriverReceiptPrinter); tests of the flow above plug in their own.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts printing; finished(receipt.ticketId, …) follows from the event
    // loop, never from inside print().
    virtual void print(const Receipt &receipt) = 0;
    virtual PrinterState state() const = 0;
    // "CUPS queue kiosk-80mm", "simulated: file /tmp/x": for staff mode.
    virtual QString description() const = 0;
    // A stand-in (print to file): the kiosk labels it on screen.
    virtual bool isSimulated() const { return false; }

signals:
    void finished(qint64 ticketId, hallq::kiosk::PrintFailure failure, const QString &detail);
    void stateChanged();
};

} // namespace hallq::kiosk
