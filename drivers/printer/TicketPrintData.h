#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hallq::printer {

// Everything printed on a queue ticket. Plain data: the kiosk fills it from
// the server's ticket.issue reply. No personal data belongs here.
struct TicketPrintData
{
    QString hallName;            // 茶陵县政务服务中心
    QString ticketNumber;        // A001
    QString serviceName;         // 综合办事
    int peopleAhead = 0;         // 前面还有 N 人
    int estimatedWaitMinutes = -1; // -1: unknown, the line is left out
    QDateTime issuedAt;          // printed in local time
    QString statusUrl;           // encoded in the QR code; empty: no QR
    QStringList notes;           // optional lines at the bottom (green channel, appointment…)
};

} // namespace hallq::printer
