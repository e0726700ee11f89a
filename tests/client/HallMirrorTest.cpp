#include "SampleHall.h"

#include "client/HallMirror.h"

#include <QSignalSpy>
#include "CatchQtStrings.h"

#include <catch2/catch.hpp>

using namespace hallq;
using namespace hallq::client;
using namespace hallq::client::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 30), QTime(9, 30), Qt::UTC);

QVariant roleData(const QAbstractItemModel &model, int row, const QByteArray &roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    REQUIRE(role >= 0);
    return model.data(model.index(row, 0), role);
}

QStringList ticketNumbers(const RecentCallsModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(roleData(model, row, "ticketNumber").toString());
    return out;
}

struct MirrorFixture
{
    HallMirror mirror;
    QList<protocol::CallInfo> announced;

    MirrorFixture()
    {
        mirror.setClock([] { return kNow; });
        QObject::connect(&mirror, &HallMirror::callAnnounced,
                         [this](const protocol::CallInfo &c) { announced.append(c); });
        mirror.applySnapshot(snapshot(QStringLiteral("E1"), kNow));
    }
};

} // namespace

TEST_CASE("the models expose the roles the QML views bind to", "[client][mirror]")
{
    HallMirror mirror;
    const auto names = [](const QAbstractItemModel &m) {
        QList<QByteArray> v = m.roleNames().values();
        std::sort(v.begin(), v.end());
        return v;
    };
    const QList<QByteArray> services{"estimatedWaitSeconds", "name", "nameEn", "nextOpen", "open",
                                     "openWindows", "prefix", "serviceId", "waiting"};
    const QList<QByteArray> windows{"currentTicketNumber", "name", "nameEn", "number", "pauseReason",
                                    "since", "staffName", "state"};
    const QList<QByteArray> calls{"at", "recall", "serviceId", "ticketNumber", "window", "windowName"};
    CHECK(names(*mirror.services()) == services);
    CHECK(names(*mirror.windows()) == windows);
    CHECK(names(*mirror.recentCalls()) == calls);
}

TEST_CASE("a snapshot fills the mirror and announces nothing", "[client][mirror]")
{
    MirrorFixture f;
    CHECK(f.mirror.hallName() == QStringLiteral("茶陵县政务服务中心"));
    REQUIRE(f.mirror.services()->rowCount() == 2);
    CHECK(roleData(*f.mirror.services(), 0, "serviceId").toString() == QStringLiteral("A"));
    CHECK(roleData(*f.mirror.services(), 0, "waiting").toInt() == 4);
    CHECK(roleData(*f.mirror.services(), 0, "estimatedWaitSeconds").toInt() == 600);
    CHECK(roleData(*f.mirror.services(), 1, "waiting").toInt() == 1);

    // Windows come out ordered by number whatever the server's order.
    REQUIRE(f.mirror.windows()->rowCount() == 2);
    CHECK(roleData(*f.mirror.windows(), 0, "number").toInt() == 1);
    CHECK(roleData(*f.mirror.windows(), 1, "number").toInt() == 3);
    CHECK(roleData(*f.mirror.windows(), 1, "state").toString() == QStringLiteral("serving"));

    // Newest call first, though the snapshot listed it second.
    CHECK(ticketNumbers(*f.mirror.recentCalls()) == QStringList{QStringLiteral("A002"), QStringLiteral("A001")});
    CHECK(f.announced.isEmpty());
}

TEST_CASE("events update queues, windows and services in place", "[client][mirror]")
{
    MirrorFixture f;
    int resets = 0;
    QObject::connect(f.mirror.windows(), &QAbstractItemModel::modelReset, [&] { ++resets; });

    f.mirror.applyQueue(queue(QStringLiteral("A"), 7, 900));
    CHECK(f.mirror.queue(QStringLiteral("A"))->waiting == 7);
    CHECK(roleData(*f.mirror.services(), 0, "estimatedWaitSeconds").toInt() == 900);

    auto paused = window(1, QStringLiteral("paused"));
    paused.pauseReason = QStringLiteral("lunch");
    paused.staffName = QStringLiteral("李工");
    f.mirror.applyWindow(paused);
    CHECK(roleData(*f.mirror.windows(), 0, "state").toString() == QStringLiteral("paused"));
    CHECK(roleData(*f.mirror.windows(), 0, "pauseReason").toString() == QStringLiteral("lunch"));
    CHECK(roleData(*f.mirror.windows(), 0, "staffName").toString() == QStringLiteral("李工"));

    f.mirror.applyWindow(window(2));
    REQUIRE(f.mirror.windows()->rowCount() == 3);
    CHECK(roleData(*f.mirror.windows(), 1, "number").toInt() == 2);
    CHECK(resets == 0); // fine-grained changes: a board keeps its place

    auto closed = service(QStringLiteral("B"), QStringLiteral("B"), false);
    closed.nextOpen = kNow.addSecs(3600);
    f.mirror.applyService(closed);
    CHECK_FALSE(roleData(*f.mirror.services(), 1, "open").toBool());
    CHECK(roleData(*f.mirror.services(), 1, "nextOpen").toDateTime() == kNow.addSecs(3600));
    CHECK(roleData(*f.mirror.services(), 1, "waiting").toInt() == 1); // the queue figures stay joined
}

TEST_CASE("a queue for a service not yet known shows once the service arrives", "[client][mirror]")
{
    MirrorFixture f;
    f.mirror.applyQueue(queue(QStringLiteral("C"), 5));
    CHECK(f.mirror.services()->rowCount() == 2);
    f.mirror.applyService(service(QStringLiteral("C"), QStringLiteral("C")));
    REQUIRE(f.mirror.services()->rowCount() == 3);
    CHECK(roleData(*f.mirror.services(), 2, "waiting").toInt() == 5);
}

TEST_CASE("live calls are listed newest first and announced", "[client][mirror]")
{
    MirrorFixture f;
    f.mirror.applyCall(call(3, QStringLiteral("B001"), 1, kNow.addSecs(-2)), EventOrigin::Live);
    CHECK(ticketNumbers(*f.mirror.recentCalls())
          == QStringList{QStringLiteral("B001"), QStringLiteral("A002"), QStringLiteral("A001")});
    REQUIRE(f.announced.size() == 1);
    CHECK(f.announced.first().ticketNumber == QStringLiteral("B001"));

    // A recall moves the ticket's row to the top instead of listing it twice.
    f.mirror.applyCall(call(1, QStringLiteral("A001"), 1, kNow, 1), EventOrigin::Live);
    CHECK(ticketNumbers(*f.mirror.recentCalls())
          == QStringList{QStringLiteral("A001"), QStringLiteral("B001"), QStringLiteral("A002")});
    CHECK(roleData(*f.mirror.recentCalls(), 0, "recall").toInt() == 1);
    CHECK(f.announced.size() == 2);
}

TEST_CASE("replayed, snapshot and old calls are listed but never announced", "[client][mirror]")
{
    MirrorFixture f;
    f.mirror.applyCall(call(4, QStringLiteral("A004"), 3, kNow.addSecs(-5)), EventOrigin::Replayed);
    CHECK(ticketNumbers(*f.mirror.recentCalls()).first() == QStringLiteral("A004"));

    // Live but older than the limit (a delayed delivery): listed in time order, silent.
    f.mirror.applyCall(call(5, QStringLiteral("A005"), 1, kNow.addSecs(-31)), EventOrigin::Live);
    CHECK(ticketNumbers(*f.mirror.recentCalls()).indexOf(QStringLiteral("A005")) == 1);
    CHECK(f.announced.isEmpty());

    // The age limit is configurable.
    f.mirror.setAnnounceMaxAge(std::chrono::seconds(60));
    f.mirror.applyCall(call(6, QStringLiteral("A006"), 1, kNow.addSecs(-31)), EventOrigin::Live);
    REQUIRE(f.announced.size() == 1);
    CHECK(f.announced.first().ticketNumber == QStringLiteral("A006"));

    // A new snapshot with fresh calls does not announce them either.
    auto again = snapshot(QStringLiteral("E2"), kNow);
    again.recentCalls.append(call(9, QStringLiteral("B009"), 3, kNow));
    f.mirror.applySnapshot(again);
    CHECK(f.announced.size() == 1);
}

TEST_CASE("the recent-calls list is bounded", "[client][mirror]")
{
    MirrorFixture f;
    f.mirror.setRecentCallsCapacity(3);
    for (int i = 10; i < 16; ++i)
        f.mirror.applyCall(call(i, QStringLiteral("A0%1").arg(i), 1, kNow.addSecs(i - 20)), EventOrigin::Replayed);
    CHECK(ticketNumbers(*f.mirror.recentCalls())
          == QStringList{QStringLiteral("A015"), QStringLiteral("A014"), QStringLiteral("A013")});
}

TEST_CASE("a snapshot replaces everything the mirror held", "[client][mirror]")
{
    MirrorFixture f;
    f.mirror.applyWindow(window(7));
    f.mirror.applyCall(call(3, QStringLiteral("B001"), 1, kNow), EventOrigin::Live);

    protocol::HallSnapshot fresh;
    fresh.hallId = QStringLiteral("chaling");
    fresh.hallName = QStringLiteral("新大厅");
    fresh.epoch = QStringLiteral("E2");
    fresh.services = {service(QStringLiteral("Z"), QStringLiteral("Z"))};
    fresh.windows = {window(9)};
    QSignalSpy hall(&f.mirror, &HallMirror::hallChanged);
    f.mirror.applySnapshot(fresh);

    CHECK(hall.count() == 1);
    CHECK(f.mirror.hallName() == QStringLiteral("新大厅"));
    REQUIRE(f.mirror.services()->rowCount() == 1);
    CHECK(roleData(*f.mirror.services(), 0, "waiting").toInt() == 0);
    CHECK(roleData(*f.mirror.services(), 0, "estimatedWaitSeconds").toInt() == -1);
    REQUIRE(f.mirror.windows()->rowCount() == 1);
    CHECK(f.mirror.window(9).has_value());
    CHECK_FALSE(f.mirror.window(7).has_value());
    CHECK(f.mirror.recentCalls()->rowCount() == 0);
}

TEST_CASE("the mirror is stale until told otherwise", "[client][mirror]")
{
    HallMirror mirror;
    CHECK(mirror.isStale());
    QSignalSpy spy(&mirror, &HallMirror::staleChanged);
    mirror.setStale(false);
    mirror.setStale(false);
    CHECK_FALSE(mirror.isStale());
    CHECK(spy.count() == 1);
}
