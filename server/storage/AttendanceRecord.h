#pragma once

#include <QDateTime>
#include <QString>

namespace hallq::storage {

// One staff member's stint at one window (考勤): from the window.open that
// logged them in to the window.close that logged them out. Written by the
// store itself from the journal's window_opened / window_closed events, in
// the same transaction, so attendance can never disagree with the journal.
struct AttendanceRecord
{
    qint64 openedEvent = 0; // journal id of window_opened (the key)
    QString staffId;
    int window = 0;
    QDateTime loginAt;      // UTC
    QDateTime logoutAt;     // invalid while still logged in
    qint64 closedEvent = 0; // journal id of window_closed, 0 while open
    QString logoutBy;       // who closed the window (the staff member, a supervisor, the server)
};

} // namespace hallq::storage
