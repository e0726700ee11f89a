#pragma once

#include "engine/Enums.h"

#include <QDateTime>
#include <QString>

namespace hallq::engine {

// A window's live state; its static description is WindowConfig.
struct WindowStatus
{
    int number = 0;
    WindowState state = WindowState::Closed;
    QString staffId;          // who is logged in (empty when closed)
    qint64 currentTicket = 0; // 0 when none
    PauseReason pauseReason = PauseReason::Other;
    QString pauseNote;
    QDateTime since;          // when the current state began
    QDateTime openedAt;       // attendance: when the staff opened the window
};

} // namespace hallq::engine
