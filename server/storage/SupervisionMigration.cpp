#include "storage/SupervisionMigration.h"

using namespace Qt::StringLiterals;

namespace hallq::storage {

Migration supervisionMigration()
{
    return {2, u"supervision alerts"_s, {
        uR"(CREATE TABLE alerts (
            id BIGINT PRIMARY KEY,
            kind TEXT NOT NULL,
            level TEXT NOT NULL,
            subject TEXT NOT NULL,
            service_id TEXT,
            window_no INTEGER NOT NULL,
            device_id TEXT,
            message TEXT NOT NULL,
            message_en TEXT,
            raised_at BIGINT NOT NULL,
            resolved_at BIGINT,
            acknowledged_at BIGINT,
            acknowledged_by TEXT,
            ack_note TEXT
        ))"_s,
        u"CREATE INDEX alerts_open ON alerts (resolved_at)"_s,
    }};
}

} // namespace hallq::storage
