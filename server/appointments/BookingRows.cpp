#include "appointments/BookingRows.h"

#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace hallq::appointments::rows {

using namespace hallq::storage::sql;

const QStringList &bookingColumns()
{
    static const QStringList columns{u"id"_s,           u"code"_s,          u"service_id"_s,  u"business_day"_s,
                                     u"slot_start"_s,   u"slot_end"_s,      u"state"_s,       u"identity_hash"_s,
                                     u"identity_masked"_s, u"name_masked"_s, u"phone_hash"_s, u"phone_masked"_s,
                                     u"booked_at"_s,    u"booked_by"_s,     u"changed_at"_s,  u"ticket_id"_s,
                                     u"ticket_number"_s};
    return columns;
}

engine::RowUpsert toRow(const Booking &b)
{
    return {u"appointments"_s,
            bookingColumns(),
            1,
            {b.id, text(b.code), text(b.serviceId), fromDay(b.day), fromInstant(b.slotStart), fromInstant(b.slotEnd),
             toString(b.state), textOrNull(b.identityHash), textOrNull(b.identityMasked), textOrNull(b.nameMasked),
             textOrNull(b.phoneHash), textOrNull(b.phoneMasked), fromInstant(b.bookedAt), textOrNull(b.bookedBy),
             fromInstant(b.changedAt), b.ticketId, textOrNull(b.ticketNumber)}};
}

Booking readBooking(const QSqlQuery &q)
{
    Booking b;
    b.id = q.value(0).toLongLong();
    b.code = q.value(1).toString();
    b.serviceId = q.value(2).toString();
    b.day = toDay(q.value(3));
    b.slotStart = toInstant(q.value(4));
    b.slotEnd = toInstant(q.value(5));
    b.state = toEnum(q.value(6), &bookingStateFromString, "appointment state"_L1);
    b.identityHash = q.value(7).toString();
    b.identityMasked = q.value(8).toString();
    b.nameMasked = q.value(9).toString();
    b.phoneHash = q.value(10).toString();
    b.phoneMasked = q.value(11).toString();
    b.bookedAt = toInstant(q.value(12));
    b.bookedBy = q.value(13).toString();
    b.changedAt = toInstant(q.value(14));
    b.ticketId = q.value(15).toLongLong();
    b.ticketNumber = q.value(16).toString();
    return b;
}

} // namespace hallq::appointments::rows
