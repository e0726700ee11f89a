#pragma once

#include "engine/Enums.h"

#include <QDateTime>
#include <QString>

namespace hallq::engine {

// Inputs of the engine's operations. `actor` is the authenticated staff or
// device id; the net layer fills it in, never the client.

struct IssueCommand
{
    QString serviceId;
    TicketClass ticketClass = TicketClass::Normal;
    QString identityHash;   // keyed hash of the ID number (real-name services)
    QString identityMasked; // masked form for display
    QString nameMasked;     // 张*: the surname only
    QString token;          // unguessable status-page token, made by the caller
    QString actor;
    QDateTime slotStart;    // appointment class only
    QDateTime slotEnd;
    QString helper;         // assisted class only
    bool ignoreHours = false; // staff issuing outside hours (urgent matters, art. 16)
};

struct TransferCommand
{
    int window = 0;          // the window handing the ticket over (its current ticket)
    QString toService;       // either a service ...
    int toWindow = 0;        // ... or one window
    Placement placement = Placement::End;
    QString note;
    QString actor;
};

struct FinishCommand
{
    int window = 0;
    CaseType caseType = CaseType::Immediate;
    QString outcome;
    QString actor;
};

} // namespace hallq::engine
