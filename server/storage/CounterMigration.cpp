#include "storage/CounterMigration.h"

using namespace Qt::StringLiterals;

namespace hallq::storage {

// Conventions as in Migrations.cpp. NEVER edit once shipped; add a new one.
Migration counterMigration()
{
    return {5, u"attendance and ratings"_s, {
        uR"(CREATE TABLE attendance (
            opened_event BIGINT PRIMARY KEY,
            staff_id TEXT NOT NULL,
            window_no INTEGER NOT NULL,
            login_at BIGINT NOT NULL,
            logout_at BIGINT,
            closed_event BIGINT,
            logout_by TEXT
        ))"_s,
        u"CREATE INDEX attendance_staff ON attendance (staff_id, login_at)"_s,
        u"CREATE INDEX attendance_open ON attendance (window_no, logout_at)"_s,
        uR"(CREATE TABLE ratings (
            ticket_id BIGINT PRIMARY KEY,
            business_day TEXT NOT NULL,
            ticket_number TEXT NOT NULL,
            service_id TEXT NOT NULL,
            window_no INTEGER NOT NULL,
            staff_id TEXT NOT NULL,
            level INTEGER NOT NULL,
            reasons TEXT,
            comment TEXT,
            rated_at BIGINT NOT NULL
        ))"_s,
        u"CREATE INDEX ratings_day ON ratings (business_day, window_no)"_s,
    }};
}

} // namespace hallq::storage
