#pragma once

#include "appointments/AppointmentBook.h"
#include "appointments/AppointmentDatabase.h"
#include "protocol/AppointmentMessages.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace hallq::net {

class HallCore;
class IdentityHasher;

// Where appointments meet the hall: the AppointmentBook decides, the durable
// writer commits (a check-in's ticket and its booking in one transaction),
// and only then does the caller get its answer. Refusals are answered after
// whatever is pending, like every other reply. Also records no-shows once a
// booking's check-in window has passed, and purges old personal data.
class AppointmentService : public QObject
{
    Q_OBJECT
public:
    template <class T>
    using Done = std::function<void(const appointments::Outcome<T> &)>;

    AppointmentService(HallCore &core, const config::AppointmentPolicy &policy, const IdentityHasher &identities,
                       std::unique_ptr<appointments::AppointmentDatabase> database, int retentionDays,
                       QObject *parent = nullptr);

    // Loads the bookings and records the no-shows that happened while the
    // server was down (durably, before the port opens). Throws StorageError.
    void start();

    struct BookInput
    {
        QString serviceId;
        QDateTime slotStart;
        protocol::IdentityInput identity; // validated: GB 11643 check digit
        QString phone;                    // empty, or a validated mobile number
        QString actor;                    // API key id or "admin"
    };
    void book(const BookInput &input, Done<protocol::AppointmentInfo> done);
    void cancel(const QString &code, const QString &actor, Done<protocol::AppointmentInfo> done);

    struct CheckinInput
    {
        std::optional<QString> code;
        std::optional<protocol::IdentityInput> identity;
        QString serviceId;
        bool normalIfLate = false;
        QString actor;
    };
    void checkin(const CheckinInput &input, Done<protocol::AppointmentCheckinReply> done);

    // Reads, as of now (callers answer them once what is pending is durable).
    appointments::Outcome<protocol::AppointmentInfo> lookupCode(const QString &code) const;
    QList<protocol::AppointmentInfo> lookupIdentity(const protocol::IdentityInput &identity,
                                                    const QString &serviceId) const;
    QList<protocol::AppointmentInfo> onDay(const QDate &day, const QString &serviceId) const;
    protocol::AppointmentInfo info(const appointments::Booking &b) const;

    const appointments::AppointmentBook &bookings() const { return m_book; }
    const config::AppointmentPolicy &policy() const { return m_policy; }
    appointments::AppointmentDatabase &database() { return *m_database; }
    HallCore &core() { return m_core; }

    // Records due no-shows now (also runs on its own timer).
    void recordNoShows();

private:
    template <class T>
    void refuse(const protocol::Error &error, Done<T> done);
    void scheduleNoShows();
    void housekeeping();

    HallCore &m_core;
    const config::AppointmentPolicy &m_policy;
    const IdentityHasher &m_identities;
    std::unique_ptr<appointments::AppointmentDatabase> m_database;
    int m_retentionDays;
    appointments::AppointmentBook m_book;
    QTimer m_noShowTimer;
    QTimer m_housekeeping;
    QDate m_lastPurge;
};

} // namespace hallq::net
