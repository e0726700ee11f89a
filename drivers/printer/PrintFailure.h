#pragma once

#include <QString>

namespace hallq::printer {

// Why a print job did not complete. The kiosk shows userMessage() and offers
// the on-screen ticket; the server journals key().
enum class PrintFailure {
    None,          // the job completed
    PaperOut,      // media-empty / media-needed
    Offline,       // printer not reachable or reports offline
    DoorOpen,      // door-open / cover-open
    Stopped,       // printer stopped (cupsdisable, backend error) for another reason
    Timeout,       // not completed within the deadline (the job is cancelled)
    NoSuchPrinter, // unknown CUPS destination or IPP resource
    NotAccepting,  // the queue rejects jobs (cupsreject)
    Aborted,       // the job was aborted by the printer/filters
    Cancelled,     // cancelled by someone else, or the printer object shut down
    Held,          // the job is held (job-hold-until, authentication)
    Unreachable,   // the print server (cupsd / IPP host) does not answer
    Rejected,      // the server refused the request (bad document, IPP error)
    IoError,       // a file printer could not write
};

// Stable lower-case keyword ("paper-out", "offline", …) for logs and the journal.
QString printFailureKey(PrintFailure failure);
// Short Chinese sentence for a citizen or clerk ("打印机缺纸").
QString printFailureMessage(PrintFailure failure);

} // namespace hallq::printer
