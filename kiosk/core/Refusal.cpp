#include "core/Refusal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

QStringList Refusal::heldNumbers(const QString &message)
{
    // The engine names the tickets an identity holds ("… holds A012, A015 for …").
    static const QRegularExpression number(u"\\b[A-Z][0-9]{3,4}\\b"_s);
    QStringList numbers;
    for (const auto &match : number.globalMatch(message))
        numbers.append(match.captured());
    return numbers;
}

QString Refusal::halfOf(const QString &message, bool english)
{
    static const QRegularExpression pair(u"^(.*?)\\s*\\((.*)\\)\\s*$"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    const auto match = pair.match(message);
    if (!match.hasMatch())
        return message;
    return english ? match.captured(2) : match.captured(1);
}

bool Refusal::offersNormalTicket() const
{
    return kind == Kind::CheckIn && error.code == protocol::ErrorCode::AppointmentTooLate;
}

QString Refusal::whenText(const QDateTime &localTime, const QDate &today)
{
    const QString time = localTime.time().toString(u"HH:mm"_s);
    const qint64 days = today.daysTo(localTime.date());
    if (days == 0)
        return tr("today at %1").arg(time);
    if (days == 1)
        return tr("tomorrow at %1").arg(time);
    //: Month/day of the next opening, e.g. 10月8日 08:30 / Oct 8 at 08:30
    return tr("%1/%2 at %3")
        .arg(localTime.date().month())
        .arg(localTime.date().day())
        .arg(time);
}

QString Refusal::title() const
{
    switch (kind) {
    case Kind::Offline: return tr("Numbers cannot be issued right now");
    case Kind::ReaderMissing: return tr("The ID card reader is not working");
    case Kind::CheckIn: return tr("Appointment check-in");
    case Kind::CardInvalid: return tr("The ID card could not be read");
    case Kind::GreenChannel: return tr("Green channel");
    case Kind::Closed: return tr("Not open now");
    case Kind::Server: break;
    }
    using protocol::ErrorCode;
    switch (error.code) {
    case ErrorCode::RealNameLimit: return tr("You already have a number");
    case ErrorCode::SoldOut: return tr("No more numbers today");
    case ErrorCode::OutsideHours: return tr("Not open now");
    case ErrorCode::Forbidden:
    case ErrorCode::ClassNotAccepted: return tr("Green channel");
    case ErrorCode::InvalidIdentity: return tr("The ID card could not be read");
    case ErrorCode::Unavailable:
    case ErrorCode::RateLimited:
    case ErrorCode::Internal: return tr("Numbers cannot be issued right now");
    default: return tr("No number was issued");
    }
}

QString Refusal::text(bool english) const
{
    const QString when = nextOpen ? whenText(*nextOpen, QDate::currentDate()) : QString();
    switch (kind) {
    case Kind::Offline:
        return tr("The kiosk cannot reach the queue system. No number was issued. Please try again in a moment "
                  "or ask at the guide desk.");
    case Kind::ReaderMissing:
        return tr("%1 needs your ID card, and the card reader is not working. Please ask at the guide desk; "
                  "other services can still be chosen here.")
            .arg(serviceName);
    case Kind::CardInvalid:
        return tr("Please put the card flat on the reader again. If it still fails, the guide desk will help.");
    case Kind::GreenChannel:
        return tr("If you are elderly, ill, disabled, pregnant or serving in the military, please go to the "
                  "guide desk: staff will check your certificate and give you a green-channel number.");
    case Kind::Closed:
        return when.isEmpty() ? tr("%1 is not open now.").arg(serviceName)
                              : tr("%1 is not open now. It opens %2.").arg(serviceName, when);
    case Kind::CheckIn:
        if (error.code == protocol::ErrorCode::Unavailable)
            return tr("Appointment check-in is not available at the moment. Please ask at the guide desk.");
        return halfOf(error.message, english);
    case Kind::Server:
        break;
    }
    using protocol::ErrorCode;
    switch (error.code) {
    case ErrorCode::RealNameLimit: {
        const QStringList held = heldNumbers(error.message);
        if (held.isEmpty())
            return tr("You already hold a number for %1 today. Please wait for your number to be called.")
                .arg(serviceName);
        return tr("You already took number %1 for this service today. Please wait for it to be called.")
            .arg(held.join(u", "_s));
    }
    case ErrorCode::RealNameRequired:
        return tr("%1 needs your ID card. Please put it on the reader.").arg(serviceName);
    case ErrorCode::SoldOut:
        return tr("All numbers for %1 have been given out today. Please come back on the next working day "
                  "or book an appointment.")
            .arg(serviceName);
    case ErrorCode::OutsideHours:
        return when.isEmpty() ? tr("%1 is not open now.").arg(serviceName)
                              : tr("%1 is not open now. It opens %2.").arg(serviceName, when);
    case ErrorCode::Forbidden:
    case ErrorCode::ClassNotAccepted:
        return tr("Green-channel numbers for this service are given at the guide desk.");
    case ErrorCode::InvalidIdentity:
        return tr("Please put the card flat on the reader again. If it still fails, the guide desk will help.");
    case ErrorCode::UnknownService:
        return tr("This service has changed. Please choose again.");
    case ErrorCode::Unavailable:
    case ErrorCode::RateLimited:
    case ErrorCode::Internal:
        return tr("The kiosk cannot reach the queue system. No number was issued. Please try again in a moment "
                  "or ask at the guide desk.");
    default:
        return tr("Please ask at the guide desk.");
    }
}

} // namespace hallq::kiosk
