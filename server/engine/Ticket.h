#pragma once

#include "engine/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace hallq::engine {

// One ticket, as stored and as the engine reasons about it.
struct Ticket
{
    qint64 id = 0;          // engine-wide, never reused
    QString token;          // unguessable, for the public status page /t/<token>
    QString serviceId;
    QDate businessDay;      // local business day it was issued on
    int sequence = 0;       // number within service and day
    QString number;         // prefix + zero-padded sequence, e.g. "A001"
    TicketClass ticketClass = TicketClass::Normal;
    TicketState state = TicketState::Waiting;
    QDateTime issuedAt;     // UTC
    qint64 order = 0;       // queue position key within its service: lower is called first
    qint64 issueOrder = 0;  // the order given at issue: Placement::ByIssueTime returns the ticket here
    QString identityHash;   // keyed hash, empty when not real-name
    QString identityMasked; // 430224********1234, empty when not real-name
    QString nameMasked;     // 张*: the surname only, for the counter; kept in memory only, never stored
    QString issuedBy;       // device or staff id
    QDateTime slotStart;    // appointment slot (appointment class only)
    QDateTime slotEnd;
    QString helper;         // named helper for assisted (帮办代办) tickets

    int targetWindow = 0;   // transferred to one window: only it may call the ticket
    int window = 0;         // window that called / serves / parked it
    int firstWindow = 0;    // 首问负责制: first window that served it stays responsible
    int recallCount = 0;
    int transferCount = 0;
    int bypassCount = 0;    // calls that passed it over while it waited (aging)
    QDateTime calledAt;
    QDateTime servingAt;
    QDateTime finishedAt;   // finished, no-show or cancelled
    CaseType caseType = CaseType::Immediate;
    QString outcome;        // outcome code given at finish
    QString note;           // last transfer note
};

} // namespace hallq::engine
