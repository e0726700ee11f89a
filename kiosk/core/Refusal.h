#pragma once

#include "protocol/ErrorCode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hallq::kiosk {

// Why the kiosk could not give a ticket, kept as facts (the server's error,
// the service concerned) so it can be worded again when the language changes.
// The words are for a citizen in a hurry: what happened and what to do next,
// never an error code.
struct Refusal
{
    Q_DECLARE_TR_FUNCTIONS(Refusal)

public:
    enum class Kind {
        Server,        // the server refused ticket.issue: see `error`
        ReaderMissing, // a real-name service while the card reader is not working
        CardInvalid,   // the card's number fails the check
        GreenChannel,  // 老弱病残孕军 other than by age: the guide desk
        Closed,        // the service does not issue now
        Offline,       // the server could not be reached
        CheckIn,       // appointment check-in refused: the server's own words (`error`)
    };

    Kind kind = Kind::Server;
    protocol::Error error;
    QString serviceName;
    std::optional<QDateTime> nextOpen; // local time, when known

    QString title() const;
    // `english` picks the English half of a server message worded "中文 (English)".
    QString text(bool english = false) const;
    bool offersNormalTicket() const; // a late arrival may take a walk-in number instead
    // Ticket numbers named in the server's message ("… already holds A012 …").
    static QStringList heldNumbers(const QString &message);
    // "今天没有您的预约 (no appointment today)" → one half.
    static QString halfOf(const QString &message, bool english);
    // "今天 14:00" / "明天 08:30" / "10月8日 08:30" (and English forms).
    static QString whenText(const QDateTime &localTime, const QDate &today);
};

} // namespace hallq::kiosk
