#include "appointments/AppointmentBook.h"

#include "appointments/AppointmentsLog.h"
#include "appointments/BookingCode.h"

#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace hallq::appointments {

using protocol::Error;
using protocol::ErrorCode;

namespace {

void bySlot(QList<Booking> &list)
{
    std::sort(list.begin(), list.end(), [](const Booking &a, const Booking &b) {
        return std::tie(a.slotStart, a.id) < std::tie(b.slotStart, b.id);
    });
}

} // namespace

AppointmentBook::AppointmentBook(const engine::HallConfig &hall, const config::AppointmentPolicy &policy,
                                 const engine::Clock &clock, CodeSource codes)
    : m_hall(hall), m_policy(policy), m_clock(clock), m_codes(std::move(codes)), m_planner(hall, policy)
{
}

QDate AppointmentBook::today() const
{
    return m_planner.localDate(m_clock.now());
}

QDate AppointmentBook::keepFrom() const
{
    return today().addDays(-m_policy.noShow.withinDays);
}

QString AppointmentBook::slotKey(const QString &serviceId, const QDateTime &start)
{
    return serviceId + u'@' + QString::number(start.toMSecsSinceEpoch());
}

void AppointmentBook::restore(const QList<Booking> &bookings, qint64 lastId)
{
    m_bookings.clear();
    m_byCode.clear();
    m_byIdentity.clear();
    m_taken.clear();
    m_deadlines.clear();
    m_lastId = lastId;
    for (const Booking &b : bookings) {
        put(b);
        m_lastId = std::max(m_lastId, b.id);
    }
}

void AppointmentBook::put(const Booking &b)
{
    const auto old = m_bookings.constFind(b.id);
    if (old != m_bookings.constEnd()) {
        if (old->holdsPlace())
            --m_taken[slotKey(old->serviceId, old->slotStart)];
        if (old->state == BookingState::Booked)
            m_deadlines.erase({checkInUntil(*old).toMSecsSinceEpoch(), old->id});
    } else {
        m_byCode.insert(b.code, b.id);
        if (!b.identityHash.isEmpty())
            m_byIdentity.insert(b.identityHash, b.id);
    }
    if (b.holdsPlace())
        ++m_taken[slotKey(b.serviceId, b.slotStart)];
    if (b.state == BookingState::Booked)
        m_deadlines.insert({checkInUntil(b).toMSecsSinceEpoch(), b.id});
    m_bookings.insert(b.id, b);
}

int AppointmentBook::taken(const QString &serviceId, const QDateTime &slotStart) const
{
    return m_taken.value(slotKey(serviceId, slotStart.toUTC()));
}

const Booking *AppointmentBook::byCode(const QString &code) const
{
    const auto id = m_byCode.constFind(BookingCode::normalized(code));
    if (id == m_byCode.constEnd())
        return nullptr;
    const auto it = m_bookings.constFind(*id);
    return it == m_bookings.constEnd() ? nullptr : &*it;
}

QList<Booking> AppointmentBook::forIdentity(const QString &identityHash, const QDate &fromDay) const
{
    QList<Booking> result;
    for (auto it = m_byIdentity.constFind(identityHash); it != m_byIdentity.constEnd() && it.key() == identityHash;
         ++it) {
        const auto b = m_bookings.constFind(it.value());
        if (b != m_bookings.constEnd() && b->day >= fromDay)
            result.append(*b);
    }
    bySlot(result);
    return result;
}

QList<Booking> AppointmentBook::onDay(const QDate &day, const QString &serviceId) const
{
    QList<Booking> result;
    for (const Booking &b : m_bookings)
        if (b.day == day && (serviceId.isEmpty() || b.serviceId == serviceId))
            result.append(b);
    bySlot(result);
    return result;
}

QDate AppointmentBook::suspendedUntil(const QString &identityHash) const
{
    const QDate since = today().addDays(1 - m_policy.noShow.withinDays);
    int missed = 0;
    QDate last;
    for (const Booking &b : forIdentity(identityHash, since)) {
        if (!b.missed() || b.day > today())
            continue;
        ++missed;
        last = std::max(last, b.day);
    }
    if (missed < m_policy.noShow.limit)
        return {};
    const QDate until = last.addDays(m_policy.noShow.suspendDays);
    return until > today() ? until : QDate();
}

QDateTime AppointmentBook::checkInFrom(const Booking &b) const
{
    return b.slotStart.addSecs(-qint64(m_hall.rules.appointmentEarlyMinutes) * 60);
}

QDateTime AppointmentBook::checkInUntil(const Booking &b) const
{
    return b.slotStart.addSecs(qint64(m_policy.lateMinutes) * 60);
}

QString AppointmentBook::newCode() const
{
    // 8 characters of a 29-letter alphabet: a clash is astronomically rare,
    // but a clash with a booking in memory is still refused here.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString code = m_codes();
        if (!m_byCode.contains(code))
            return code;
    }
    return {};
}

std::optional<Error> AppointmentBook::checkRules(const BookRequest &r, const Slot &slot) const
{
    const QDateTime now = m_clock.now();
    if (now.secsTo(slot.start) < qint64(m_policy.minHoursAhead) * 3600)
        return Error{ErrorCode::BookingWindow,
                     u"请至少提前 %1 小时预约 (book at least %1 hours ahead)"_s.arg(m_policy.minHoursAhead)};
    const QDate last = m_planner.lastBookableDay(today());
    if (slot.day > last)
        return Error{ErrorCode::BookingWindow, u"最多可预约 %1 个工作日内的时段，即 %2 前 (at most %1 working days ahead: up to %2)"_s
                                                   .arg(m_policy.maxWorkdaysAhead)
                                                   .arg(last.toString(Qt::ISODate))};
    if (const QDate until = suspendedUntil(r.identityHash); until.isValid())
        return Error{ErrorCode::BookingSuspended,
                     u"因多次预约未到，预约资格暂停至 %1 (booking suspended until %1 after %2 missed appointments)"_s
                         .arg(until.toString(Qt::ISODate))
                         .arg(m_policy.noShow.limit)};
    for (const Booking &b : forIdentity(r.identityHash, slot.day)) {
        if (b.day == slot.day && b.serviceId == r.serviceId && b.holdsPlace() && !b.missed())
            return Error{ErrorCode::BookingLimit, u"您已预约 %1 当天 %2 的时段 (already booked for %3 that day, at %2)"_s
                                                      .arg(slot.day.toString(Qt::ISODate), m_planner.localTime(b.slotStart),
                                                           r.serviceId)};
    }
    if (taken(slot.serviceId, slot.start) >= slot.capacity)
        return Error{ErrorCode::SlotFull, u"%1 %2 的时段已约满 (the %2 slot of %1 is full)"_s.arg(
                                              slot.day.toString(Qt::ISODate), m_planner.localTime(slot.start))};
    return std::nullopt;
}

Outcome<Booking> AppointmentBook::book(const BookRequest &r)
{
    const engine::ServiceConfig *service = m_hall.service(r.serviceId);
    if (!service)
        return Error{ErrorCode::UnknownService, u"there is no service '%1'"_s.arg(r.serviceId)};
    if (!service->appointments)
        return Error{ErrorCode::ClassNotAccepted, u"%1 takes no appointments"_s.arg(r.serviceId)};
    if (r.identityHash.isEmpty())
        return Error{ErrorCode::RealNameRequired, u"an appointment is made with the citizen's ID number"_s};
    const auto slot = m_planner.slotStartingAt(r.serviceId, r.slotStart);
    if (!slot) {
        const QDateTime local = m_planner.calendar().toLocal(r.slotStart.toUTC());
        return Error{ErrorCode::NoSuchSlot, u"%1 has no slot starting %2 (see the service's slots for that day)"_s.arg(
                                                r.serviceId, local.toString(u"yyyy-MM-dd HH:mm"_s))};
    }
    if (auto refused = checkRules(r, *slot))
        return *refused;
    const QString code = newCode();
    if (code.isEmpty())
        return Error{ErrorCode::Internal, u"could not make a unique booking code; try again"_s};

    Booking b;
    b.id = ++m_lastId;
    b.code = code;
    b.serviceId = r.serviceId;
    b.day = slot->day;
    b.slotStart = slot->start;
    b.slotEnd = slot->end;
    b.identityHash = r.identityHash;
    b.identityMasked = r.identityMasked;
    b.nameMasked = r.nameMasked;
    b.phoneHash = r.phoneHash;
    b.phoneMasked = r.phoneMasked;
    b.bookedAt = m_clock.now();
    b.bookedBy = r.bookedBy;
    put(b);
    qCDebug(lcAppointments) << "booked" << b.id << b.serviceId << b.slotStart;
    return b;
}

Outcome<Booking> AppointmentBook::cancel(const QString &code, const QString &actor)
{
    const Booking *found = byCode(code);
    if (!found)
        return Error{ErrorCode::AppointmentNotFound, u"未找到该预约 (no appointment with this code)"_s};
    if (found->state != BookingState::Booked)
        return Error{ErrorCode::WrongState, u"该预约状态为 %1，不能取消 (a %1 appointment cannot be cancelled)"_s.arg(
                                                toString(found->state))};
    const QDateTime deadline = found->slotStart.addSecs(-qint64(m_policy.cancelHoursBefore) * 3600);
    if (m_clock.now() > deadline)
        return Error{ErrorCode::CancelTooLate, u"预约开始前 %1 小时内不能取消 (cancel at least %1 hours before the slot)"_s.arg(
                                                   m_policy.cancelHoursBefore)};
    Booking b = *found;
    b.state = BookingState::Cancelled;
    b.changedAt = m_clock.now();
    put(b);
    qCDebug(lcAppointments) << "cancelled" << b.id << "by" << actor;
    return b;
}

Outcome<AppointmentBook::CheckinTarget> AppointmentBook::judge(const Booking &b, bool normalIfLate) const
{
    const QDateTime now = m_clock.now();
    switch (b.state) {
    case BookingState::Cancelled:
        return Error{ErrorCode::AppointmentNotFound, u"该预约已取消 (this appointment was cancelled)"_s};
    case BookingState::CheckedIn:
    case BookingState::Late:
        return Error{ErrorCode::AppointmentCheckedIn,
                     u"该预约已签到，号票 %1 (already checked in: ticket %1)"_s.arg(b.ticketNumber)};
    case BookingState::Booked:
    case BookingState::NoShow:
        break;
    }
    const QDateTime from = checkInFrom(b);
    if (now < from) {
        const QDateTime local = m_planner.calendar().toLocal(from);
        const QString when = local.date() == today() ? local.toString(u"HH:mm"_s)
                                                     : local.toString(u"M月d日 HH:mm"_s);
        return Error{ErrorCode::AppointmentTooEarly,
                     u"请于 %1 后签到 (check in from %2)"_s.arg(when, local.toString(u"yyyy-MM-dd HH:mm"_s))};
    }
    if (now > checkInUntil(b) || b.state == BookingState::NoShow) {
        const bool sameDay = b.day == today();
        if (sameDay && m_policy.lateNormalTicket && normalIfLate)
            return CheckinTarget{b, true};
        const QString until = m_planner.localTime(checkInUntil(b));
        if (!sameDay)
            return Error{ErrorCode::AppointmentTooLate, u"预约时间已过 (the appointment was on %1)"_s.arg(
                                                            b.day.toString(Qt::ISODate))};
        return Error{ErrorCode::AppointmentTooLate,
                     m_policy.lateNormalTicket
                         ? u"已超过签到时间 %1，可改取普通号 (too late to check in after %1; you may take a normal ticket)"_s.arg(until)
                         : u"已超过签到时间 %1，请重新预约 (too late to check in after %1; please book again)"_s.arg(until)};
    }
    return CheckinTarget{b, false};
}

Outcome<AppointmentBook::CheckinTarget> AppointmentBook::checkinTarget(const Find &find, bool normalIfLate) const
{
    if (!find.code.isEmpty()) {
        const Booking *b = byCode(find.code);
        if (!b || (!find.serviceId.isEmpty() && b->serviceId != find.serviceId))
            return Error{ErrorCode::AppointmentNotFound, u"未找到该预约码的预约 (no appointment with this code)"_s};
        return judge(*b, normalIfLate);
    }
    QList<Booking> todays;
    for (const Booking &b : forIdentity(find.identityHash, today()))
        if (b.day == today() && (find.serviceId.isEmpty() || b.serviceId == find.serviceId))
            todays.append(b);
    if (todays.isEmpty())
        return Error{ErrorCode::AppointmentNotFound, u"今天没有您的预约 (no appointment today)"_s};
    // The person may hold several bookings today: the one that can be checked
    // in now wins; otherwise the most useful refusal (the next one is too
    // early, rather than an earlier one is too late).
    std::optional<Outcome<CheckinTarget>> early, other;
    for (const Booking &b : std::as_const(todays)) {
        auto outcome = judge(b, false);
        if (std::holds_alternative<CheckinTarget>(outcome))
            return outcome;
        const ErrorCode code = std::get<Error>(outcome).code;
        if (code == ErrorCode::AppointmentTooEarly && !early)
            early = outcome;
        else if (code == ErrorCode::AppointmentTooLate || !other)
            other = normalIfLate ? judge(b, true) : outcome;
    }
    return early ? *early : *other;
}

Booking AppointmentBook::recordCheckin(qint64 bookingId, bool late, qint64 ticketId, const QString &ticketNumber)
{
    Booking b = m_bookings.value(bookingId);
    b.state = late ? BookingState::Late : BookingState::CheckedIn;
    b.changedAt = m_clock.now();
    b.ticketId = ticketId;
    b.ticketNumber = ticketNumber;
    put(b);
    return b;
}

QList<Booking> AppointmentBook::recordNoShows()
{
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<Booking> changed;
    while (!m_deadlines.empty() && m_deadlines.begin()->first < nowMs) {
        Booking b = m_bookings.value(m_deadlines.begin()->second);
        b.state = BookingState::NoShow;
        b.changedAt = now;
        put(b); // leaves m_deadlines
        changed.append(b);
    }
    return changed; // by deadline, i.e. by slot
}

QDateTime AppointmentBook::nextNoShowAt() const
{
    if (m_deadlines.empty())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_deadlines.begin()->first + 1, QTimeZone::utc());
}

void AppointmentBook::forgetOld()
{
    const QDate from = keepFrom();
    QList<qint64> old;
    for (const Booking &b : std::as_const(m_bookings))
        if (b.day < from && b.state != BookingState::Booked)
            old.append(b.id);
    for (qint64 id : std::as_const(old)) {
        const Booking b = m_bookings.take(id);
        m_byCode.remove(b.code);
        m_byIdentity.remove(b.identityHash, id);
        if (b.state == BookingState::Booked)
            m_deadlines.erase({checkInUntil(b).toMSecsSinceEpoch(), id});
        if (b.holdsPlace() && --m_taken[slotKey(b.serviceId, b.slotStart)] <= 0)
            m_taken.remove(slotKey(b.serviceId, b.slotStart));
    }
}

} // namespace hallq::appointments
