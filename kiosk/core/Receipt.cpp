#include "core/Receipt.h"

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

QString toWireName(PrintFailure failure)
{
    switch (failure) {
    case PrintFailure::None: return {};
    case PrintFailure::PaperOut: return u"paper_out"_s;
    case PrintFailure::PrinterOffline: return u"printer_offline"_s;
    case PrintFailure::PrinterError: return u"printer_error"_s;
    case PrintFailure::Timeout: return u"timeout"_s;
    case PrintFailure::NoPrinter: return u"no_printer"_s;
    }
    return {};
}

QString toWireName(PrinterState state)
{
    switch (state) {
    case PrinterState::Ready: return u"ready"_s;
    case PrinterState::PaperLow: return u"paper_low"_s;
    case PrinterState::PaperOut: return u"paper_out"_s;
    case PrinterState::Offline: return u"offline"_s;
    case PrinterState::Error: return u"error"_s;
    case PrinterState::Absent: return u"absent"_s;
    }
    return {};
}

} // namespace hallq::kiosk
