#include "printer/PrinterFactory.h"

#include "printer/CupsTicketPrinter.h"
#include "printer/FileTicketPrinter.h"

namespace hallq::printer {

std::unique_ptr<TicketPrinter> PrinterFactory::createTicketPrinter(const PrinterSpec &spec, QObject *parent)
{
    switch (spec.kind) {
    case PrinterSpec::Kind::Cups:
    case PrinterSpec::Kind::Ipp: return std::make_unique<CupsTicketPrinter>(spec, parent);
    case PrinterSpec::Kind::File: return std::make_unique<FileTicketPrinter>(spec.path, parent);
    case PrinterSpec::Kind::None: break;
    }
    return nullptr;
}

} // namespace hallq::printer
