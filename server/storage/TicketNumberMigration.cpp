#include "storage/TicketNumberMigration.h"

using namespace Qt::StringLiterals;

namespace hallq::storage {

Migration ticketNumberMigration()
{
    // SQLite cannot drop a table constraint: copy into a table with the right
    // one (same columns, same order), then swap it in with its indexes.
    return {4, u"ticket numbers unique per business day"_s, {
        uR"(CREATE TABLE tickets_by_number (
            id BIGINT PRIMARY KEY,
            token TEXT UNIQUE,
            service_id TEXT NOT NULL,
            business_day TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            number TEXT NOT NULL,
            ticket_class TEXT NOT NULL,
            state TEXT NOT NULL,
            issued_at BIGINT NOT NULL,
            queue_order BIGINT NOT NULL,
            issue_order BIGINT NOT NULL,
            identity_hash TEXT,
            identity_masked TEXT,
            issued_by TEXT,
            slot_start BIGINT,
            slot_end BIGINT,
            helper TEXT,
            target_window INTEGER NOT NULL,
            window_no INTEGER NOT NULL,
            first_window INTEGER NOT NULL,
            recall_count INTEGER NOT NULL,
            transfer_count INTEGER NOT NULL,
            bypass_count INTEGER NOT NULL,
            called_at BIGINT,
            serving_at BIGINT,
            finished_at BIGINT,
            case_type TEXT NOT NULL,
            outcome TEXT,
            note TEXT,
            UNIQUE (business_day, number)
        ))"_s,
        u"INSERT INTO tickets_by_number SELECT * FROM tickets"_s,
        u"DROP TABLE tickets"_s,
        u"ALTER TABLE tickets_by_number RENAME TO tickets"_s,
        u"CREATE INDEX tickets_state ON tickets (state)"_s,
        u"CREATE INDEX tickets_business_day ON tickets (business_day)"_s,
    }};
}

} // namespace hallq::storage
