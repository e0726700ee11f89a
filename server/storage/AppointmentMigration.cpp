#include "storage/AppointmentMigration.h"

using namespace Qt::StringLiterals;

namespace hallq::storage {

// Follows the conventions of Migrations.cpp. A booking keeps no ID or phone
// number in clear: keyed hashes for the per-person rules, masked forms for
// display, both blanked after the retention period.
Migration appointmentMigration()
{
    return {3, u"appointments"_s, {
        uR"(CREATE TABLE appointments (
            id BIGINT PRIMARY KEY,
            code TEXT NOT NULL,
            service_id TEXT NOT NULL,
            business_day TEXT NOT NULL,
            slot_start BIGINT NOT NULL,
            slot_end BIGINT NOT NULL,
            state TEXT NOT NULL,
            identity_hash TEXT,
            identity_masked TEXT,
            name_masked TEXT,
            phone_hash TEXT,
            phone_masked TEXT,
            booked_at BIGINT NOT NULL,
            booked_by TEXT,
            changed_at BIGINT,
            ticket_id BIGINT NOT NULL,
            ticket_number TEXT
        ))"_s,
        u"CREATE INDEX appointments_code ON appointments (code)"_s,
        u"CREATE INDEX appointments_day ON appointments (business_day)"_s,
        u"CREATE INDEX appointments_identity ON appointments (identity_hash)"_s,
        uR"(CREATE TABLE api_keys (
            key_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            scopes TEXT NOT NULL,
            revoked BOOLEAN NOT NULL,
            created_at BIGINT
        ))"_s,
    }};
}

} // namespace hallq::storage
