#pragma once

#include <QFlags>
#include <QMetaType>
#include <QStringList>

#include "printer/PrintFailure.h"

namespace hallq::printer {

// printer-state-reasons that matter to a hall, as flags; the raw IPP keywords
// stay in PrinterState::rawReasons for the log.
enum class PrinterReason {
    None = 0,
    MediaEmpty = 1 << 0, // media-empty, media-needed
    MediaLow = 1 << 1,   // a warning: still prints
    Offline = 1 << 2,    // offline-report / offline
    DoorOpen = 1 << 3,   // door-open, cover-open
    Paused = 1 << 4,     // paused (cupsdisable)
    MediaJam = 1 << 5,   // media-jam
    Other = 1 << 6,      // any other reason of severity error
};
Q_DECLARE_FLAGS(PrinterReasons, PrinterReason)
Q_DECLARE_OPERATORS_FOR_FLAGS(PrinterReasons)

// IPP printer-state-reasons keyword ("media-empty-error") → reason flag.
PrinterReason printerReasonFromKeyword(QStringView keyword);
// True for keywords without a -warning or -report suffix.
bool printerReasonIsError(QStringView keyword);

struct PrinterState
{
    enum class Kind { Unknown, Idle, Processing, Stopped };

    Kind kind = Kind::Unknown;
    PrinterReasons reasons;       // every reported condition (warnings included)
    PrinterReasons errorReasons;  // those reported with severity error (or none given)
    QStringList rawReasons;       // IPP keywords as reported, "none" dropped
    bool acceptingJobs = false;
    QString message;              // printer-state-message, may be empty
    PrintFailure queryFailure = PrintFailure::None; // set when the state could not be read

    // Jobs would print now: reachable, accepting, not stopped.
    bool isReady() const { return blockingFailure() == PrintFailure::None && acceptingJobs; }
    // The failure a job waiting on this printer is stuck on, or None while it can still print.
    PrintFailure blockingFailure() const;
    // The most telling failure the reasons point to, whatever the state (used
    // to explain a timeout: "paper out" says more than "timed out").
    PrintFailure likelyFailure() const;
    // Adds one IPP printer-state-reasons keyword ("none" is ignored).
    void addReason(const QString &keyword);
    // "stopped media-empty-error" for logs.
    QString summary() const;
};

} // namespace hallq::printer

Q_DECLARE_METATYPE(hallq::printer::PrinterState)
