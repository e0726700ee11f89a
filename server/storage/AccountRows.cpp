#include "storage/AccountRows.h"

#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace hallq::storage::rows {

using namespace hallq::storage::sql;

// Roles are plain identifiers (counter, guide, supervisor, admin), so a
// comma-separated list is unambiguous and readable in the database.

const TableSpec &staffTable()
{
    static const TableSpec spec{u"staff"_s,
        {u"staff_id"_s, u"name"_s, u"department_id"_s, u"roles"_s, u"password_hash"_s, u"active"_s,
         u"created_at"_s},
        {u"staff_id"_s}};
    return spec;
}

void bindStaff(QSqlQuery &q, const StaffAccount &a)
{
    bind(q, u"staff_id"_s, text(a.staffId));
    bind(q, u"name"_s, text(a.name));
    bind(q, u"department_id"_s, textOrNull(a.departmentId));
    bind(q, u"roles"_s, text(a.roles.join(u',')));
    bind(q, u"password_hash"_s, text(a.passwordHash));
    bind(q, u"active"_s, a.active);
    bind(q, u"created_at"_s, fromInstant(a.createdAt));
}

StaffAccount readStaff(const QSqlQuery &q)
{
    StaffAccount a;
    a.staffId = q.value(u"staff_id"_s).toString();
    a.name = q.value(u"name"_s).toString();
    a.departmentId = q.value(u"department_id"_s).toString();
    a.roles = q.value(u"roles"_s).toString().split(u',', Qt::SkipEmptyParts);
    a.passwordHash = q.value(u"password_hash"_s).toString();
    a.active = q.value(u"active"_s).toBool();
    a.createdAt = toInstant(q.value(u"created_at"_s));
    return a;
}

const TableSpec &deviceTable()
{
    static const TableSpec spec{u"devices"_s,
        {u"device_id"_s, u"kind"_s, u"name"_s, u"token_hash"_s, u"revoked"_s, u"created_at"_s},
        {u"device_id"_s}};
    return spec;
}

void bindDevice(QSqlQuery &q, const DeviceToken &d)
{
    bind(q, u"device_id"_s, text(d.deviceId));
    bind(q, u"kind"_s, text(d.kind));
    bind(q, u"name"_s, textOrNull(d.name));
    bind(q, u"token_hash"_s, text(d.tokenHash));
    bind(q, u"revoked"_s, d.revoked);
    bind(q, u"created_at"_s, fromInstant(d.createdAt));
}

DeviceToken readDevice(const QSqlQuery &q)
{
    DeviceToken d;
    d.deviceId = q.value(u"device_id"_s).toString();
    d.kind = q.value(u"kind"_s).toString();
    d.name = q.value(u"name"_s).toString();
    d.tokenHash = q.value(u"token_hash"_s).toString();
    d.revoked = q.value(u"revoked"_s).toBool();
    d.createdAt = toInstant(q.value(u"created_at"_s));
    return d;
}

} // namespace hallq::storage::rows
