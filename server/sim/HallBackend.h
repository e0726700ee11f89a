#pragma once

#include "engine/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <functional>

namespace hallq::sim {

// What the day model does to a hall: the engine in-process (EngineBackend)
// or the real server over WebSockets (LiveBackend). Every operation answers
// through its callback, at once or when the reply arrives.
class HallBackend
{
public:
    enum class Outcome {
        Ok,
        NothingWaiting, // call.next found nobody
        Refused,        // a rule said no (outside hours, sold out, ...): `code` says which
        Failed,         // the backend broke (connection lost, storage failed)
    };
    struct Reply
    {
        Outcome outcome = Outcome::Ok;
        QString code;            // error code when not Ok
        qint64 ticketId = 0;     // issue, call.next
        QString number;
        int estimateSeconds = -1; // issue: the estimate the hall printed
        int naiveSeconds = -1;    // issue: the naive formula (engine back-end only)
        qint64 estimateNs = -1;     // issue: CPU time spent on the printed estimate (engine back-end only)
        qint64 estimateWallNs = -1; // issue: the same in wall time (includes being preempted)
    };
    using Done = std::function<void(const Reply &)>;

    struct Issue
    {
        QString serviceId;
        engine::TicketClass ticketClass = engine::TicketClass::Normal;
        QString person;          // unique per citizen, for real-name services
        QDateTime slotStart;     // appointments
    };

    virtual ~HallBackend() = default;
    // A new business day starts (the engine back-end closes the previous one).
    virtual void startDay(const QDate &day) = 0;
    virtual void issue(const Issue &issue, Done done) = 0;
    virtual void openWindow(int window, Done done) = 0;
    virtual void closeWindow(int window, Done done) = 0;
    virtual void pauseWindow(int window, engine::PauseReason reason, Done done) = 0;
    virtual void resumeWindow(int window, Done done) = 0;
    virtual void callNext(int window, Done done) = 0;
    virtual void recall(int window, Done done) = 0;
    virtual void startServing(int window, Done done) = 0;
    virtual void finish(int window, Done done) = 0;
    virtual void noShow(int window, Done done) = 0;
    virtual void transfer(int window, const QString &toService, Done done) = 0;
};

} // namespace hallq::sim
