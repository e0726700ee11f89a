#include "counter/core/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace hallq::counter {

QString Vocabulary::ticketClass(const QString &wire)
{
    if (wire == u"green")
        return tr("Green channel");
    if (wire == u"appointment")
        return tr("Appointment");
    if (wire == u"assisted")
        return tr("Assisted");
    return tr("Normal");
}

QString Vocabulary::ticketClassOf(const QString &wire, int transferCount)
{
    if (transferCount > 0)
        return tr("%1, transferred").arg(ticketClass(wire));
    return ticketClass(wire);
}

QString Vocabulary::windowState(const QString &wire)
{
    if (wire == u"idle")
        return tr("Open, free");
    if (wire == u"calling")
        return tr("Calling");
    if (wire == u"serving")
        return tr("Serving");
    if (wire == u"paused")
        return tr("Paused");
    return tr("Closed");
}

QString Vocabulary::ticketState(const QString &wire)
{
    if (wire == u"waiting")
        return tr("Waiting");
    if (wire == u"called")
        return tr("Called");
    if (wire == u"serving")
        return tr("In service");
    if (wire == u"finished")
        return tr("Finished");
    if (wire == u"no_show")
        return tr("No-show");
    if (wire == u"parked")
        return tr("Parked");
    if (wire == u"cancelled")
        return tr("Cancelled");
    return wire;
}

QStringList Vocabulary::caseTypes()
{
    return {u"immediate"_s, u"promised"_s, u"reported"_s, u"joint"_s};
}

QString Vocabulary::caseType(const QString &wire)
{
    if (wire == u"promised")
        return tr("Promised (承诺件)");
    if (wire == u"reported")
        return tr("Reported (上报件)");
    if (wire == u"joint")
        return tr("Joint (联办件)");
    return tr("Immediate (即办件)");
}

QString Vocabulary::caseTypeChinese(const QString &wire)
{
    if (wire == u"promised")
        return u"承诺件"_s;
    if (wire == u"reported")
        return u"上报件"_s;
    if (wire == u"joint")
        return u"联办件"_s;
    return u"即办件"_s;
}

QStringList Vocabulary::outcomes()
{
    return {u"done"_s, u"accepted"_s, u"materials_missing"_s, u"consulted"_s, u"not_accepted"_s};
}

QString Vocabulary::outcome(const QString &code)
{
    if (code == u"done")
        return tr("Completed");
    if (code == u"accepted")
        return tr("Accepted for processing");
    if (code == u"materials_missing")
        return tr("Materials missing (told once)");
    if (code == u"consulted")
        return tr("Enquiry answered");
    if (code == u"not_accepted")
        return tr("Not accepted");
    return code;
}

QStringList Vocabulary::pauseReasons()
{
    return {u"lunch"_s, u"meeting"_s, u"system_fault"_s, u"other"_s};
}

QString Vocabulary::pauseReason(const QString &wire)
{
    if (wire == u"lunch")
        return tr("Lunch break");
    if (wire == u"meeting")
        return tr("Meeting");
    if (wire == u"system_fault")
        return tr("System fault");
    return tr("Other");
}

QStringList Vocabulary::placements()
{
    return {u"front"_s, u"end"_s, u"by_issue_time"_s};
}

QString Vocabulary::placement(const QString &wire)
{
    if (wire == u"front")
        return tr("At the front");
    if (wire == u"by_issue_time")
        return tr("By issue time");
    return tr("At the end");
}

QString Vocabulary::change(const QString &wire)
{
    if (wire == u"issued")
        return tr("Issued");
    if (wire == u"called")
        return tr("Called");
    if (wire == u"recalled")
        return tr("Recalled");
    if (wire == u"serving_started")
        return tr("Service started");
    if (wire == u"finished")
        return tr("Finished");
    if (wire == u"no_show")
        return tr("No-show");
    if (wire == u"reactivated")
        return tr("Reactivated");
    if (wire == u"transferred")
        return tr("Transferred");
    if (wire == u"parked")
        return tr("Parked");
    if (wire == u"unparked")
        return tr("Taken back");
    if (wire == u"cancelled")
        return tr("Cancelled");
    return wire;
}

QString Vocabulary::duration(qint64 seconds)
{
    if (seconds < 0)
        return tr("–");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace hallq::counter
