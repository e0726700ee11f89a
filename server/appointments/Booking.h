#pragma once

#include "protocol/ErrorCode.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <variant>

namespace hallq::appointments {

// booked → checked_in | late | cancelled | no_show (protocol wire::kAppointmentStates).
enum class BookingState { Booked, CheckedIn, Late, Cancelled, NoShow };

QString toString(BookingState state);
std::optional<BookingState> bookingStateFromString(QStringView name);

// One booking, as stored and as the rules reason about it. No ID or phone
// number in clear: keyed hashes for the rules, masked forms for display.
struct Booking
{
    qint64 id = 0;
    QString code;           // what the citizen types at the kiosk
    QString serviceId;
    QDate day;              // local date of the slot
    QDateTime slotStart;    // UTC
    QDateTime slotEnd;      // UTC, exclusive
    BookingState state = BookingState::Booked;
    QString identityHash;
    QString identityMasked; // 430224********1234
    QString nameMasked;     // 张*
    QString phoneHash;
    QString phoneMasked;    // 138****5678
    QDateTime bookedAt;
    QString bookedBy;       // API key id, or the admin
    QDateTime changedAt;    // cancelled / checked in / recorded as no-show
    qint64 ticketId = 0;    // the ticket check-in issued
    QString ticketNumber;

    // Every booking but a cancelled one keeps its place in the slot.
    bool holdsPlace() const { return state != BookingState::Cancelled; }
    // Counted for suspension: the slot went unused (late arrivals took a normal ticket).
    bool missed() const { return state == BookingState::NoShow || state == BookingState::Late; }
};

// A value or the typed error that refused it (nothing changed).
template <class T>
using Outcome = std::variant<T, protocol::Error>;

} // namespace hallq::appointments
