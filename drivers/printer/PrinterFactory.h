#pragma once

#include <memory>

#include "printer/PrinterSpec.h"
#include "printer/TicketPrinter.h"

namespace hallq::printer {

class PrinterFactory
{
public:
    // Cups/Ipp → CupsTicketPrinter, File → FileTicketPrinter (simulated),
    // None → nullptr (no printer configured: the kiosk shows on-screen tickets only).
    static std::unique_ptr<TicketPrinter> createTicketPrinter(const PrinterSpec &spec, QObject *parent = nullptr);
};

} // namespace hallq::printer
