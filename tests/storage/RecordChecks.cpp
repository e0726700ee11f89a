#include "RecordChecks.h"

#include "QtStringMakers.h"

using namespace hallq::engine;
using namespace hallq::storage;

namespace {
void checkInstant(const QDateTime &loaded, const QDateTime &expected)
{
    CHECK(loaded == expected);
    CHECK(loaded.isValid() == expected.isValid());
    if (loaded.isValid())
        CHECK(loaded.timeSpec() == Qt::UTC);
}
} // namespace

void checkSame(const Ticket &loaded, const Ticket &expected)
{
    INFO("ticket " << expected.id);
    CHECK(loaded.id == expected.id);
    CHECK(loaded.token == expected.token);
    CHECK(loaded.serviceId == expected.serviceId);
    CHECK(loaded.businessDay == expected.businessDay);
    CHECK(loaded.sequence == expected.sequence);
    CHECK(loaded.number == expected.number);
    CHECK(loaded.ticketClass == expected.ticketClass);
    CHECK(loaded.state == expected.state);
    checkInstant(loaded.issuedAt, expected.issuedAt);
    CHECK(loaded.order == expected.order);
    CHECK(loaded.issueOrder == expected.issueOrder);
    CHECK(loaded.identityHash == expected.identityHash);
    CHECK(loaded.identityMasked == expected.identityMasked);
    CHECK(loaded.issuedBy == expected.issuedBy);
    checkInstant(loaded.slotStart, expected.slotStart);
    checkInstant(loaded.slotEnd, expected.slotEnd);
    CHECK(loaded.helper == expected.helper);
    CHECK(loaded.targetWindow == expected.targetWindow);
    CHECK(loaded.window == expected.window);
    CHECK(loaded.firstWindow == expected.firstWindow);
    CHECK(loaded.recallCount == expected.recallCount);
    CHECK(loaded.transferCount == expected.transferCount);
    CHECK(loaded.bypassCount == expected.bypassCount);
    checkInstant(loaded.calledAt, expected.calledAt);
    checkInstant(loaded.servingAt, expected.servingAt);
    checkInstant(loaded.finishedAt, expected.finishedAt);
    CHECK(loaded.caseType == expected.caseType);
    CHECK(loaded.outcome == expected.outcome);
    CHECK(loaded.note == expected.note);
}

void checkSame(const WindowStatus &loaded, const WindowStatus &expected)
{
    INFO("window " << expected.number);
    CHECK(loaded.number == expected.number);
    CHECK(loaded.state == expected.state);
    CHECK(loaded.staffId == expected.staffId);
    CHECK(loaded.currentTicket == expected.currentTicket);
    CHECK(loaded.pauseReason == expected.pauseReason);
    CHECK(loaded.pauseNote == expected.pauseNote);
    checkInstant(loaded.since, expected.since);
    checkInstant(loaded.openedAt, expected.openedAt);
}

void checkSame(const Event &loaded, const Event &expected)
{
    INFO("event " << expected.id);
    CHECK(loaded.id == expected.id);
    CHECK(loaded.type == expected.type);
    checkInstant(loaded.at, expected.at);
    CHECK(loaded.actor == expected.actor);
    CHECK(loaded.window == expected.window);
    CHECK(loaded.ticketId == expected.ticketId);
    CHECK(loaded.detail == expected.detail);
}

void checkSame(const SequenceCounter &loaded, const SequenceCounter &expected)
{
    INFO("sequence " << expected.serviceId.toStdString());
    CHECK(loaded.serviceId == expected.serviceId);
    CHECK(loaded.businessDay == expected.businessDay);
    CHECK(loaded.last == expected.last);
    CHECK(loaded.issued == expected.issued);
}

void checkSame(const StaffAccount &loaded, const StaffAccount &expected)
{
    INFO("staff " << expected.staffId.toStdString());
    CHECK(loaded.staffId == expected.staffId);
    CHECK(loaded.name == expected.name);
    CHECK(loaded.departmentId == expected.departmentId);
    CHECK(loaded.roles == expected.roles);
    CHECK(loaded.passwordHash == expected.passwordHash);
    CHECK(loaded.active == expected.active);
    checkInstant(loaded.createdAt, expected.createdAt);
}

void checkSame(const DeviceToken &loaded, const DeviceToken &expected)
{
    INFO("device " << expected.deviceId.toStdString());
    CHECK(loaded.deviceId == expected.deviceId);
    CHECK(loaded.kind == expected.kind);
    CHECK(loaded.name == expected.name);
    CHECK(loaded.tokenHash == expected.tokenHash);
    CHECK(loaded.revoked == expected.revoked);
    checkInstant(loaded.createdAt, expected.createdAt);
}
