#pragma once

#include "appointments/Booking.h"
#include "appointments/SlotPlanner.h"
#include "engine/Clock.h"

#include <QHash>
#include <QList>
#include <functional>
#include <set>
#include <utility>

namespace hallq::appointments {

// Every booking the rules need in memory (from `noShow.withinDays` ago on) and
// the rules themselves: book, cancel, which booking a check-in means and
// whether it is in time, no-shows, suspension. Pure and single-threaded like
// the engine: time only from the injected clock, no I/O. A refused request
// changes nothing; an accepted one changes memory at once and hands back the
// rows the caller must make durable before it answers.
class AppointmentBook
{
public:
    using CodeSource = std::function<QString()>;

    AppointmentBook(const engine::HallConfig &hall, const config::AppointmentPolicy &policy,
                    const engine::Clock &clock, CodeSource codes);

    // Replaces what is held with rows loaded from storage.
    void restore(const QList<Booking> &bookings, qint64 lastId);
    // The first day whose bookings restore() must be given.
    QDate keepFrom() const;

    struct BookRequest
    {
        QString serviceId;
        QDateTime slotStart;
        QString identityHash;
        QString identityMasked;
        QString nameMasked;
        QString phoneHash;
        QString phoneMasked;
        QString bookedBy;
    };
    Outcome<Booking> book(const BookRequest &request);
    Outcome<Booking> cancel(const QString &code, const QString &actor);

    // Which booking a check-in means and what it may get.
    struct CheckinTarget
    {
        Booking booking;
        bool late = false; // past the window, and a normal ticket was asked for and is allowed
    };
    struct Find
    {
        QString code;         // either a code ...
        QString identityHash; // ... or an identity
        QString serviceId;    // optional
    };
    Outcome<CheckinTarget> checkinTarget(const Find &find, bool normalIfLate) const;
    // After the ticket is issued: the booking's new row.
    Booking recordCheckin(qint64 bookingId, bool late, qint64 ticketId, const QString &ticketNumber);

    // Bookings whose check-in window has passed unused become no-shows; their new rows.
    QList<Booking> recordNoShows();
    // When recordNoShows() next has something to do (invalid: nothing booked).
    QDateTime nextNoShowAt() const;
    // Drops bookings older than keepFrom() from memory (storage keeps them).
    void forgetOld();

    const Booking *byCode(const QString &code) const;
    // This identity's bookings from `fromDay` on, by slot start.
    QList<Booking> forIdentity(const QString &identityHash, const QDate &fromDay) const;
    // A day's bookings (optionally of one service), by slot start.
    QList<Booking> onDay(const QDate &day, const QString &serviceId = {}) const;
    int taken(const QString &serviceId, const QDateTime &slotStart) const;
    // Until when this identity may not book (invalid: it may).
    QDate suspendedUntil(const QString &identityHash) const;

    QDateTime checkInFrom(const Booking &b) const;
    QDateTime checkInUntil(const Booking &b) const;
    const SlotPlanner &planner() const { return m_planner; }
    QDate today() const;
    int size() const { return int(m_bookings.size()); }

private:
    void put(const Booking &b);
    Outcome<CheckinTarget> judge(const Booking &b, bool normalIfLate) const;
    std::optional<protocol::Error> checkRules(const BookRequest &request, const Slot &slot) const;
    QString newCode() const;
    static QString slotKey(const QString &serviceId, const QDateTime &start);

    const engine::HallConfig &m_hall;
    const config::AppointmentPolicy &m_policy;
    const engine::Clock &m_clock;
    CodeSource m_codes;
    SlotPlanner m_planner;
    QHash<qint64, Booking> m_bookings;
    QHash<QString, qint64> m_byCode;
    QMultiHash<QString, qint64> m_byIdentity;
    QHash<QString, int> m_taken; // places held per service and slot start
    // Booked bookings by the end of their check-in window (ms since epoch), so
    // finding the next no-show costs a look at the front, not a walk of the book.
    std::set<std::pair<qint64, qint64>> m_deadlines;
    qint64 m_lastId = 0;
};

} // namespace hallq::appointments
