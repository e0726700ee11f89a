#pragma once

#include <QDateTime>
#include <QString>

namespace hallq::kiosk {

// What goes on a paper ticket (and on the screen beside it). Built from the
// server's reply: nothing here is decided by the kiosk.
struct Receipt
{
    qint64 ticketId = 0; // 0: a test print, never reported to the server
    QString number;      // A012
    QString serviceName;
    QString serviceNameEn;
    QString ticketClass = QStringLiteral("normal");
    int peopleAhead = 0;
    int estimatedWaitSeconds = -1; // -1: unknown
    QDateTime issuedAt;            // in the hall's time zone, printed as it is
    QString hallName;
    QString statusUrl;             // the QR code: the ticket's live status page
    QString identityMasked;        // real-name tickets: 430224********1234
};

// Why a ticket did not come out of the printer. Names are the wire values of
// ticket.print's reason (protocol/KioskMessages.h).
enum class PrintFailure { None, PaperOut, PrinterOffline, PrinterError, Timeout, NoPrinter };

QString toWireName(PrintFailure failure);

// What the kiosk knows of its printer, for staff mode and device reports.
enum class PrinterState { Ready, PaperLow, PaperOut, Offline, Error, Absent };

QString toWireName(PrinterState state);

} // namespace hallq::kiosk
