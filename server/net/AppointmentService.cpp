#include "net/AppointmentService.h"

#include "appointments/BookingCode.h"
#include "appointments/BookingRows.h"
#include "appointments/PersonalData.h"
#include "net/Credentials.h"
#include "net/HallCore.h"
#include "net/IdentityHasher.h"
#include "net/NetLog.h"
#include "net/Respond.h"
#include "storage/StorageError.h"

using namespace Qt::StringLiterals;

namespace hallq::net {

using appointments::Booking;
using appointments::Outcome;
using protocol::Error;
using protocol::ErrorCode;

namespace {
constexpr int kHousekeepingMs = 60000;
constexpr int kLongestNoShowWaitMs = 60000;

Error unavailable()
{
    return {ErrorCode::Unavailable, u"the server cannot store changes; it must restart"_s};
}
} // namespace

AppointmentService::AppointmentService(HallCore &core, const config::AppointmentPolicy &policy,
                                       const IdentityHasher &identities,
                                       std::unique_ptr<appointments::AppointmentDatabase> database, int retentionDays,
                                       QObject *parent)
    : QObject(parent), m_core(core), m_policy(policy), m_identities(identities), m_database(std::move(database)),
      m_retentionDays(retentionDays),
      m_book(core.engine().config(), policy, core.engine().clock(), &appointments::BookingCode::generate)
{
    m_noShowTimer.setSingleShot(true);
    connect(&m_noShowTimer, &QTimer::timeout, this, &AppointmentService::recordNoShows);
    connect(&m_housekeeping, &QTimer::timeout, this, &AppointmentService::housekeeping);
}

void AppointmentService::start()
{
    m_book.restore(m_database->loadBookings(m_book.keepFrom()), m_database->lastBookingId());
    qCInfo(lcNet) << "appointments:" << m_book.size() << "booking(s) in memory";
    recordNoShows();
    housekeeping();
    m_housekeeping.start(kHousekeepingMs);
}

template <class T>
void AppointmentService::refuse(const Error &error, Done<T> done)
{
    m_core.afterPending([error, done = std::move(done)] { done(error); });
}

void AppointmentService::book(const BookInput &input, Done<protocol::AppointmentInfo> done)
{
    if (m_core.failed())
        return done(unavailable());
    appointments::AppointmentBook::BookRequest r;
    r.serviceId = input.serviceId;
    r.slotStart = input.slotStart;
    // The only forms of the ID and phone numbers that go any further.
    r.identityHash = m_identities.hash(input.identity.idNumber);
    r.identityMasked = protocol::IdNumber::mask(input.identity.idNumber);
    r.nameMasked = appointments::PersonalData::maskName(input.identity.name);
    if (!input.phone.isEmpty()) {
        r.phoneHash = m_identities.hash(input.phone);
        r.phoneMasked = appointments::PersonalData::maskPhone(input.phone);
    }
    r.bookedBy = input.actor;
    const Outcome<Booking> booked = m_book.book(r);
    if (const auto *error = std::get_if<Error>(&booked))
        return refuse(*error, std::move(done));
    const Booking &b = std::get<Booking>(booked);
    engine::Operation op;
    op.changes.rows.append(appointments::rows::toRow(b));
    m_core.commit(op, [done = std::move(done), reply = info(b)] { done(reply); });
    scheduleNoShows();
}

void AppointmentService::cancel(const QString &code, const QString &actor, Done<protocol::AppointmentInfo> done)
{
    if (m_core.failed())
        return done(unavailable());
    const Outcome<Booking> cancelled = m_book.cancel(code, actor);
    if (const auto *error = std::get_if<Error>(&cancelled))
        return refuse(*error, std::move(done));
    const Booking &b = std::get<Booking>(cancelled);
    engine::Operation op;
    op.changes.rows.append(appointments::rows::toRow(b));
    m_core.commit(op, [done = std::move(done), reply = info(b)] { done(reply); });
}

void AppointmentService::checkin(const CheckinInput &input, Done<protocol::AppointmentCheckinReply> done)
{
    if (m_core.failed())
        return done(unavailable());
    appointments::AppointmentBook::Find find;
    find.code = input.code.value_or(QString());
    find.identityHash = input.identity ? m_identities.hash(input.identity->idNumber) : QString();
    find.serviceId = input.serviceId;
    const auto target = m_book.checkinTarget(find, input.normalIfLate);
    if (const auto *error = std::get_if<Error>(&target))
        return refuse(*error, std::move(done));
    const auto &[booking, late] = std::get<appointments::AppointmentBook::CheckinTarget>(target);

    engine::IssueCommand cmd;
    cmd.serviceId = booking.serviceId;
    cmd.identityHash = booking.identityHash;
    cmd.identityMasked = booking.identityMasked;
    cmd.nameMasked = booking.nameMasked;
    cmd.token = Credentials::randomToken(16);
    cmd.actor = input.actor;
    if (late) {
        cmd.ticketClass = engine::TicketClass::Normal; // a walk-in now, with the hall's hours
    } else {
        cmd.ticketClass = engine::TicketClass::Appointment;
        cmd.slotStart = booking.slotStart;
        cmd.slotEnd = booking.slotEnd;
        // Holiday sessions and the early window lie outside the hall's hours by design.
        cmd.ignoreHours = true;
    }
    auto issued = m_core.engine().issue(cmd);
    if (!issued)
        return refuse(toProtocolError(issued.error()), std::move(done));
    engine::Operation &op = issued.value();
    const Booking checkedIn = m_book.recordCheckin(booking.id, late, op.ticket.id, op.ticket.number);
    op.changes.rows.append(appointments::rows::toRow(checkedIn));

    protocol::AppointmentCheckinReply reply;
    reply.ticket = m_core.info().ticket(op.ticket, InfoBuilder::Identity::Masked);
    reply.statusToken = op.ticket.token;
    reply.statusUrlPath = u"/t/"_s + op.ticket.token;
    reply.appointment = info(checkedIn);
    m_core.commit(op, [done = std::move(done), reply] { done(reply); });
}

Outcome<protocol::AppointmentInfo> AppointmentService::lookupCode(const QString &code) const
{
    const Booking *b = m_book.byCode(code);
    if (!b)
        return Error{ErrorCode::AppointmentNotFound, u"未找到该预约码的预约 (no appointment with this code)"_s};
    return info(*b);
}

QList<protocol::AppointmentInfo> AppointmentService::lookupIdentity(const protocol::IdentityInput &identity,
                                                                    const QString &serviceId) const
{
    QList<protocol::AppointmentInfo> result;
    for (const Booking &b : m_book.forIdentity(m_identities.hash(identity.idNumber), m_book.today()))
        if (b.state != appointments::BookingState::Cancelled && (serviceId.isEmpty() || b.serviceId == serviceId))
            result.append(info(b));
    return result;
}

QList<protocol::AppointmentInfo> AppointmentService::onDay(const QDate &day, const QString &serviceId) const
{
    QList<protocol::AppointmentInfo> result;
    for (const Booking &b : m_book.onDay(day, serviceId))
        result.append(info(b));
    return result;
}

protocol::AppointmentInfo AppointmentService::info(const Booking &b) const
{
    protocol::AppointmentInfo i;
    i.code = b.code;
    i.serviceId = b.serviceId;
    if (const auto *service = m_core.engine().config().service(b.serviceId))
        i.serviceName = service->name;
    i.day = b.day.toString(Qt::ISODate);
    i.slotStart = b.slotStart;
    i.slotEnd = b.slotEnd;
    i.state = appointments::toString(b.state);
    if (!b.identityMasked.isEmpty())
        i.identityMasked = b.identityMasked;
    i.nameMasked = b.nameMasked;
    i.phoneMasked = b.phoneMasked;
    i.checkInFrom = m_book.checkInFrom(b);
    i.checkInUntil = m_book.checkInUntil(b);
    i.ticketId = b.ticketId;
    i.ticketNumber = b.ticketNumber;
    return i;
}

void AppointmentService::recordNoShows()
{
    if (m_core.failed())
        return;
    const QList<Booking> missed = m_book.recordNoShows();
    if (!missed.isEmpty()) {
        engine::Operation op;
        for (const Booking &b : missed)
            op.changes.rows.append(appointments::rows::toRow(b));
        m_core.commit(op, [] {});
        qCInfo(lcNet) << "appointments:" << missed.size() << "no-show(s) recorded";
    }
    scheduleNoShows();
}

void AppointmentService::scheduleNoShows()
{
    const QDateTime next = m_book.nextNoShowAt();
    qint64 waitMs = kLongestNoShowWaitMs;
    if (next.isValid())
        waitMs = std::clamp<qint64>(m_core.engine().clock().now().msecsTo(next), 0, kLongestNoShowWaitMs);
    if (!m_noShowTimer.isActive() || m_noShowTimer.remainingTime() > waitMs)
        m_noShowTimer.start(int(waitMs));
}

void AppointmentService::housekeeping()
{
    m_book.forgetOld();
    const QDate today = m_book.today();
    if (m_lastPurge == today)
        return;
    // Suspension needs the identity for the whole no-show window.
    const int keepDays = std::max(m_retentionDays, m_policy.noShow.withinDays);
    try {
        const int purged = m_database->purgeIdentities(today.addDays(-keepDays));
        if (purged > 0)
            qCInfo(lcNet) << "purged personal data of" << purged << "booking(s) older than" << keepDays << "days";
        m_lastPurge = today;
    } catch (const storage::StorageError &e) {
        qCWarning(lcNet) << "appointment purge failed, will retry:" << e.message();
    }
}

} // namespace hallq::net
