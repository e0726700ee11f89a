#include "storage/RatingRecord.h"

#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace hallq::storage {

engine::RowUpsert RatingRecord::toRow() const
{
    // The key is the ticket: one rating per ticket (the server refuses a
    // second one before it gets here).
    return {u"ratings"_s,
            {u"ticket_id"_s, u"business_day"_s, u"ticket_number"_s, u"service_id"_s, u"window_no"_s, u"staff_id"_s,
             u"level"_s, u"reasons"_s, u"comment"_s, u"rated_at"_s},
            1,
            {ticketId, sql::fromDay(businessDay), sql::text(ticketNumber), sql::text(serviceId), window,
             sql::text(staffId), level, sql::textOrNull(reasons.join(u',')), sql::textOrNull(comment),
             sql::fromInstant(at)}};
}

} // namespace hallq::storage
