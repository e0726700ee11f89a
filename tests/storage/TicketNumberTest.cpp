// A ticket number is unique per business day; a transferred ticket keeps its
// number in its new service (found by hallq-sim --live: the first transfer of
// A005 into a pick-up queue that had issued H005 stopped the server).
#include "QtStringMakers.h"
#include "RecordFactory.h"
#include "TestDatabase.h"

#include "storage/Migrations.h"
#include "storage/StorageError.h"

using namespace Qt::StringLiterals;
using namespace hallq::engine;
using namespace hallq::storage;

namespace {

// Pick-up ticket H005, and consult's A005 after its transfer to pick-up.
std::pair<Ticket, Ticket> collidingSequences(const RecordFactory &make)
{
    Ticket pickup = make.ticket(5, TicketState::Waiting);
    pickup.serviceId = u"pickup"_s;
    pickup.number = u"H005"_s;
    Ticket moved = make.ticket(6, TicketState::Waiting);
    moved.serviceId = u"pickup"_s; // transferred: the service changes, the number does not
    moved.sequence = 5;
    moved.number = u"A005"_s;
    moved.transferCount = 1;
    return {pickup, moved};
}

} // namespace

TEST_CASE("a transferred ticket keeps its number in a service that used its sequence", "[storage][state]")
{
    TestDatabase db;
    RecordFactory make;
    const auto [pickup, moved] = collidingSequences(make);
    db.open()->commit({ChangeSet{{}, {pickup, moved}, {}, {}}});
    const EngineState state = db.open()->loadState(make.day());
    REQUIRE(state.tickets.size() == 2);
    CHECK(state.tickets[0].number == u"H005"_s);
    CHECK(state.tickets[1].number == u"A005"_s);
    CHECK(state.tickets[1].serviceId == u"pickup"_s);
}

TEST_CASE("a ticket number is stored once per business day", "[storage][state]")
{
    TestDatabase db;
    RecordFactory make;
    auto store = db.open();
    store->commit({ChangeSet{{}, {make.ticket(7)}, {}, {}}});
    Ticket twin = make.ticket(8);
    twin.number = make.ticket(7).number;
    CHECK_THROWS_AS(store->commit({ChangeSet{{}, {twin}, {}, {}}}), StorageError);
    // The same number on another day is another ticket.
    Ticket tomorrow = make.ticket(9, TicketState::Waiting, make.day().addDays(1));
    tomorrow.number = make.ticket(7).number;
    store->commit({ChangeSet{{}, {tomorrow}, {}, {}}});
    const EngineState state = db.open()->loadState(make.day().addDays(1)); // ticket 7 is still open
    REQUIRE(state.tickets.size() == 2);
    CHECK(state.tickets[0].number == state.tickets[1].number);
    CHECK(state.tickets[0].businessDay != state.tickets[1].businessDay);
}

TEST_CASE("the number migration keeps every ticket of an older database", "[storage][migration]")
{
    TestDatabase db;
    RecordFactory make;
    QList<Migration> before;
    for (const Migration &m : builtinMigrations())
        if (m.version < 4)
            before.append(m);
    REQUIRE(before.size() == 3); // migrations 1-3: the schema before numbers were unique per day
    {
        auto old = db.openWith(before);
        old->migrate();
        old->commit({ChangeSet{{}, {make.ticket(1), make.ticket(2, TicketState::Waiting)}, {}, {}}});
    }
    auto store = db.open(); // migrates to the latest
    const EngineState state = store->loadState(make.day());
    REQUIRE(state.tickets.size() == 2);
    CHECK(state.tickets[0].number == make.ticket(1).number);
    const auto [pickup, moved] = collidingSequences(make);
    store->commit({ChangeSet{{}, {pickup, moved}, {}, {}}});
    CHECK(db.open()->loadState(make.day()).tickets.size() == 4);
}
