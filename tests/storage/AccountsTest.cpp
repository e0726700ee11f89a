#include "QtStringMakers.h"
#include "RecordChecks.h"
#include "RecordFactory.h"
#include "TestDatabase.h"

#include "storage/StorageError.h"

using namespace Qt::StringLiterals;
using namespace hallq::engine;
using namespace hallq::storage;

TEST_CASE("staff accounts are saved, found, listed and updated", "[storage][accounts]")
{
    TestDatabase db;
    RecordFactory make;
    auto store = db.open();
    const StaffAccount second = make.staff(u"1002"_s);
    StaffAccount first = make.staff(u"1001"_s);
    store->saveStaff(second);
    store->saveStaff(first);

    const auto found = store->findStaff(u"1001"_s);
    REQUIRE(found.has_value());
    checkSame(*found, first);
    CHECK_FALSE(store->findStaff(u"9999"_s).has_value());

    first.active = false;
    first.roles = {u"guide"_s};
    first.departmentId.clear();
    first.passwordHash = u"$argon2id$changed"_s;
    store->saveStaff(first);

    const QList<StaffAccount> all = db.open()->listStaff();
    REQUIRE(all.size() == 2);
    checkSame(all[0], first);
    checkSame(all[1], second);
}

TEST_CASE("a staff account without roles or department round trips and one without id is refused",
          "[storage][accounts]")
{
    TestDatabase db;
    RecordFactory make;
    auto store = db.open();
    StaffAccount bare = make.staff(u"2001"_s);
    bare.roles.clear();
    bare.departmentId.clear();
    bare.createdAt = QDateTime();
    store->saveStaff(bare);
    const auto found = store->findStaff(u"2001"_s);
    REQUIRE(found.has_value());
    checkSame(*found, bare);
    CHECK(found->roles.isEmpty());

    CHECK_THROWS_AS(store->saveStaff(make.staff(QString())), StorageError);
    CHECK_THROWS_AS(store->saveDevice(make.device(u"kiosk-9"_s, QString())), StorageError);
    CHECK(store->listStaff().size() == 1);
}

TEST_CASE("devices are found by token hash and revoked", "[storage][accounts]")
{
    TestDatabase db;
    RecordFactory make;
    auto store = db.open();
    const DeviceToken kiosk = make.device(u"kiosk-1"_s, u"aa11"_s);
    DeviceToken display = make.device(u"display-1"_s, u"bb22"_s);
    display.kind = u"display"_s;
    store->saveDevice(kiosk);
    store->saveDevice(display);

    const auto found = store->findDeviceByTokenHash(u"bb22"_s);
    REQUIRE(found.has_value());
    checkSame(*found, display);
    CHECK_FALSE(store->findDeviceByTokenHash(u"cc33"_s).has_value());

    CHECK(store->revokeDevice(u"kiosk-1"_s));
    CHECK_FALSE(store->revokeDevice(u"kiosk-404"_s));

    const QList<DeviceToken> all = store->listDevices();
    REQUIRE(all.size() == 2);
    CHECK(all[0].deviceId == u"display-1"_s);
    CHECK_FALSE(all[0].revoked);
    CHECK(all[1].deviceId == u"kiosk-1"_s);
    CHECK(all[1].revoked);
}

TEST_CASE("two devices cannot share a token hash", "[storage][accounts]")
{
    TestDatabase db;
    RecordFactory make;
    auto store = db.open();
    store->saveDevice(make.device(u"kiosk-1"_s, u"aa11"_s));
    CHECK_THROWS_AS(store->saveDevice(make.device(u"kiosk-2"_s, u"aa11"_s)), StorageError);
    CHECK(store->listDevices().size() == 1);
}

TEST_CASE("settings are stored and overwritten", "[storage][settings]")
{
    TestDatabase db;
    auto store = db.open();
    CHECK_FALSE(store->setting(u"hall"_s).has_value());
    store->setSetting(u"hall"_s, u"{\"name\":\"茶陵县政务服务中心\"}"_s);
    store->setSetting(u"hall"_s, u"{\"name\":\"茶陵县政务服务中心\",\"v\":2}"_s);
    store->setSetting(u"other"_s, QString());

    auto reopened = db.open();
    CHECK(reopened->setting(u"hall"_s) == u"{\"name\":\"茶陵县政务服务中心\",\"v\":2}"_s);
    const auto empty = reopened->setting(u"other"_s);
    REQUIRE(empty.has_value());
    CHECK(empty->isEmpty());
}

TEST_CASE("purgeIdentities blanks identities of earlier days only", "[storage][retention]")
{
    TestDatabase db;
    RecordFactory make;
    const QDate cutoff = make.day();
    QList<Ticket> tickets{make.ticket(1, TicketState::Finished, cutoff.addDays(-30)),
                          make.ticket(2, TicketState::Waiting, cutoff.addDays(-1)),
                          make.ticket(3, TicketState::Finished, cutoff.addDays(-1)),
                          make.ticket(4, TicketState::Finished, cutoff)};
    tickets[2].identityHash.clear(); // not a real-name ticket: nothing to purge
    tickets[2].identityMasked.clear();
    auto store = db.open();
    store->commit({ChangeSet{{}, tickets, {}, {}}});

    CHECK(store->purgeIdentities(cutoff) == 2);
    CHECK(store->purgeIdentities(cutoff) == 0);

    const EngineState state = db.open()->loadState(cutoff.addDays(-30));
    REQUIRE(state.tickets.size() == 4);
    for (int i = 0; i < 3; ++i) {
        Ticket expected = tickets[i];
        expected.identityHash.clear();
        expected.identityMasked.clear();
        checkSame(state.tickets[i], expected); // everything else is kept
    }
    checkSame(state.tickets[3], tickets[3]);
    CHECK_THROWS_AS(store->purgeIdentities(QDate()), StorageError);
}
