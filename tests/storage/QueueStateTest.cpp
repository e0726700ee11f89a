#include "QtStringMakers.h"
#include "RecordChecks.h"
#include "RecordFactory.h"
#include "TestDatabase.h"

#include "storage/StorageError.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace hallq::engine;
using namespace hallq::storage;

namespace {
QList<qint64> ids(const QList<Ticket> &tickets)
{
    QList<qint64> result;
    for (const Ticket &t : tickets)
        result << t.id;
    return result;
}
} // namespace

TEST_CASE("every ticket field survives commit and reopen", "[storage][state]")
{
    TestDatabase db;
    RecordFactory make;
    Ticket full = make.ticket(7);
    Ticket sparse = make.ticket(8, TicketState::Waiting);
    sparse.identityHash.clear();
    sparse.identityMasked.clear();
    sparse.helper.clear();
    sparse.slotStart = QDateTime();
    sparse.slotEnd = QDateTime();
    sparse.calledAt = QDateTime();
    sparse.servingAt = QDateTime();
    sparse.finishedAt = QDateTime();
    sparse.ticketClass = TicketClass::Green;
    sparse.caseType = CaseType::Joint;
    db.open()->commit({ChangeSet{{}, {full, sparse}, {}, {}}});

    const EngineState state = db.open()->loadState(make.day());
    REQUIRE(state.tickets.size() == 2);
    checkSame(state.tickets[0], full);
    checkSame(state.tickets[1], sparse);
}

TEST_CASE("windows, sequences and events round trip", "[storage][state]")
{
    TestDatabase db;
    RecordFactory make;
    WindowStatus closed;
    closed.number = 9; // a closed window: no staff, no instants
    const ChangeSet changes{{make.event(1, 7), make.event(2, 0)},
                            {},
                            {make.window(3), closed},
                            {make.sequence(u"consult"_s, make.day(), 12), make.sequence(u"pickup"_s, make.day(), 4)}};
    db.open()->commit({changes});

    auto store = db.open();
    const EngineState state = store->loadState(make.day());
    REQUIRE(state.windows.size() == 2);
    checkSame(state.windows[0], changes.windows[0]);
    checkSame(state.windows[1], closed);
    REQUIRE(state.sequences.size() == 2);
    checkSame(state.sequences[0], changes.sequences[0]);
    checkSame(state.sequences[1], changes.sequences[1]);

    const QList<Event> events = store->events(0, 100);
    REQUIRE(events.size() == 2);
    checkSame(events[0], changes.events[0]);
    checkSame(events[1], changes.events[1]);
}

TEST_CASE("events pages by id", "[storage][state]")
{
    TestDatabase db;
    RecordFactory make;
    ChangeSet changes;
    for (qint64 id = 1; id <= 10; ++id)
        changes.events << make.event(id, id);
    auto store = db.open();
    store->commit({changes});

    const QList<Event> page = store->events(4, 3);
    REQUIRE(page.size() == 3);
    CHECK(page[0].id == 5);
    CHECK(page[2].id == 7);
    CHECK(store->events(10, 5).isEmpty());
}

TEST_CASE("a later change set in the batch overwrites the earlier rows", "[storage][state]")
{
    TestDatabase db;
    RecordFactory make;
    Ticket waiting = make.ticket(1, TicketState::Waiting);
    Ticket called = waiting;
    called.state = TicketState::Called;
    called.window = 6;
    WindowStatus idle = make.window(6);
    idle.state = WindowState::Idle;
    WindowStatus calling = idle;
    calling.state = WindowState::Calling;
    calling.currentTicket = 1;

    auto store = db.open();
    store->commit({ChangeSet{{}, {waiting}, {idle}, {make.sequence(u"consult"_s, make.day(), 1)}}});
    store->commit({ChangeSet{{}, {called}, {calling}, {}},
                   ChangeSet{{}, {}, {}, {make.sequence(u"consult"_s, make.day(), 2)}}});

    const EngineState state = db.open()->loadState(make.day());
    REQUIRE(state.tickets.size() == 1);
    checkSame(state.tickets[0], called);
    REQUIRE(state.windows.size() == 1);
    checkSame(state.windows[0], calling);
    REQUIRE(state.sequences.size() == 1);
    CHECK(state.sequences[0].last == 2);
}

TEST_CASE("loadState keeps open tickets of earlier days and drops their finished ones", "[storage][state]")
{
    TestDatabase db;
    RecordFactory make;
    const QDate today = make.day();
    const QDate yesterday = today.addDays(-1);
    QList<Ticket> tickets;
    tickets << make.ticket(1, TicketState::Finished, yesterday) << make.ticket(2, TicketState::Cancelled, yesterday)
            << make.ticket(3, TicketState::Waiting, yesterday) << make.ticket(4, TicketState::NoShow, yesterday)
            << make.ticket(5, TicketState::Parked, yesterday) << make.ticket(6, TicketState::Called, yesterday)
            << make.ticket(7, TicketState::Serving, yesterday) << make.ticket(8, TicketState::Finished, today)
            << make.ticket(9, TicketState::Cancelled, today) << make.ticket(10, TicketState::Waiting, today);
    tickets[0].order = 900; // the order high-water mark sits on a ticket that is not loaded
    ChangeSet changes{{make.event(55, 1)}, tickets, {},
                      {make.sequence(u"consult"_s, yesterday, 7), make.sequence(u"consult"_s, today, 3)}};
    db.open()->commit({changes});

    const EngineState state = db.open()->loadState(today);
    CHECK(ids(state.tickets) == QList<qint64>{3, 4, 5, 6, 7, 8, 9, 10});
    REQUIRE(state.sequences.size() == 1);
    CHECK(state.sequences[0].businessDay == today);
    CHECK(state.lastTicketId == 10);
    CHECK(state.lastEventId == 55);
    CHECK(state.lastOrder == 900);
}

TEST_CASE("an empty database loads an empty state", "[storage][state]")
{
    TestDatabase db;
    const EngineState state = db.open()->loadState(QDate(2026, 1, 5));
    CHECK(state.tickets.isEmpty());
    CHECK(state.windows.isEmpty());
    CHECK(state.sequences.isEmpty());
    CHECK(state.lastTicketId == 0);
    CHECK(state.lastEventId == 0);
    CHECK(state.lastOrder == 0);
}

TEST_CASE("a failing batch is rolled back as a whole", "[storage][state]")
{
    TestDatabase db;
    RecordFactory make;
    auto store = db.open();
    store->commit({make.issue(1)});

    ChangeSet duplicate = make.issue(3);
    duplicate.events[0].id = 1; // the journal already holds event 1
    try {
        store->commit({make.issue(2), duplicate});
        FAIL("the duplicate event did not throw");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(u"rolled back"_s));
        CHECK(e.message().contains(u"UNIQUE"_s, Qt::CaseInsensitive));
    }

    const EngineState state = db.open()->loadState(make.day());
    CHECK(ids(state.tickets) == QList<qint64>{1});
    CHECK(store->events(0, 10).size() == 1);
    REQUIRE(state.sequences.size() == 1);
    CHECK(state.sequences[0].last == 1);
    // The store stays usable after a rolled-back batch.
    store->commit({make.issue(2)});
    CHECK(store->events(0, 10).size() == 2);
}
