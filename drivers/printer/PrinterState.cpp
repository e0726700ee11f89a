#include "printer/PrinterState.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {

PrinterReason printerReasonFromKeyword(QStringView keyword)
{
    // Severity suffixes (-error, -warning, -report) qualify the same condition.
    QStringView base = keyword;
    for (QStringView suffix : {u"-error", u"-warning", u"-report"}) {
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
            break;
        }
    }
    if (base == u"media-empty" || base == u"media-needed" || base == u"input-tray-missing")
        return PrinterReason::MediaEmpty;
    if (base == u"media-low")
        return PrinterReason::MediaLow;
    if (base == u"offline" || base == u"shutdown" || base == u"timed-out")
        return PrinterReason::Offline;
    if (base == u"door-open" || base == u"cover-open" || base == u"interlock-open")
        return PrinterReason::DoorOpen;
    if (base == u"paused" || base == u"moving-to-paused")
        return PrinterReason::Paused;
    if (base == u"media-jam")
        return PrinterReason::MediaJam;
    if (keyword.endsWith(u"-error"))
        return PrinterReason::Other;
    return PrinterReason::None;
}

bool printerReasonIsError(QStringView keyword)
{
    return !keyword.endsWith(u"-warning") && !keyword.endsWith(u"-report");
}

void PrinterState::addReason(const QString &keyword)
{
    if (keyword.isEmpty() || keyword == u"none")
        return;
    rawReasons.append(keyword);
    const PrinterReason reason = printerReasonFromKeyword(keyword);
    reasons |= reason;
    if (printerReasonIsError(keyword))
        errorReasons |= reason;
}

PrintFailure PrinterState::blockingFailure() const
{
    if (queryFailure != PrintFailure::None)
        return queryFailure;
    // Only a stopped printer holds jobs back. CUPS keeps the reasons a backend
    // set until the next job clears them, so an idle printer may still show a
    // stale media-empty-error after cupsenable: that alone is not a failure.
    if (kind != Kind::Stopped)
        return PrintFailure::None;
    return likelyFailure();
}

PrintFailure PrinterState::likelyFailure() const
{
    if (queryFailure != PrintFailure::None)
        return queryFailure;
    // Any severity: an IPP Everywhere printer says media-empty-report while it waits.
    if (reasons & PrinterReason::MediaEmpty)
        return PrintFailure::PaperOut;
    if (reasons & PrinterReason::DoorOpen)
        return PrintFailure::DoorOpen;
    if (reasons & PrinterReason::Offline)
        return PrintFailure::Offline;
    if (kind == Kind::Stopped)
        return PrintFailure::Stopped;
    return PrintFailure::None;
}

QString PrinterState::summary() const
{
    QString kindText;
    switch (kind) {
    case Kind::Unknown: kindText = u"unknown"_s; break;
    case Kind::Idle: kindText = u"idle"_s; break;
    case Kind::Processing: kindText = u"processing"_s; break;
    case Kind::Stopped: kindText = u"stopped"_s; break;
    }
    if (queryFailure != PrintFailure::None)
        kindText = u"unreadable (%1)"_s.arg(printFailureKey(queryFailure));
    QString text = kindText;
    if (!rawReasons.isEmpty())
        text += u' ' + rawReasons.join(u',');
    if (!acceptingJobs && queryFailure == PrintFailure::None)
        text += u" not-accepting"_s;
    return text;
}

} // namespace hallq::printer
