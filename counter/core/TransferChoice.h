#pragma once

#include <QString>

namespace hallq::counter {

// Where a transfer sends the current ticket: to a service (any window that
// serves it) or to one window; placed at the front, at the end, or back at
// its place by issue time; with a note for the next window.
struct TransferChoice
{
    QString toService; // empty when toWindow is set
    int toWindow = 0;  // 0 when toService is set
    QString placement = QStringLiteral("end"); // wire::kPlacements
    QString note;
};

} // namespace hallq::counter
