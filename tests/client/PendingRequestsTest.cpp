#include "WaitFor.h"

#include "client/PendingRequests.h"

#include <catch2/catch.hpp>

using namespace hallq;
using namespace hallq::client;
using protocol::ErrorCode;

namespace {

PendingRequests::Entry recorder(QList<QString> &log, const QString &name, QObject *context = nullptr)
{
    return PendingRequests::Entry(
        [&log, name](const PendingRequests::Result &r) {
            const bool ok = std::holds_alternative<protocol::Envelope>(r);
            log.append(name + (ok ? QStringLiteral(":reply") : QStringLiteral(":error")));
        },
        context);
}

} // namespace

TEST_CASE("a pending request completes once", "[client][pending]")
{
    PendingRequests pending;
    QList<QString> log;
    pending.add(1, recorder(log, QStringLiteral("a")));
    CHECK(pending.complete(1, protocol::Envelope{}));
    CHECK_FALSE(pending.complete(1, protocol::Envelope{}));
    CHECK(log == QList<QString>{QStringLiteral("a:reply")});
}

TEST_CASE("failAll fails in request order and lets callbacks add new requests", "[client][pending]")
{
    PendingRequests pending;
    QList<QString> log;
    for (qint64 id : {7, 3, 5})
        pending.add(id, recorder(log, QString::number(id)));
    pending.add(9, PendingRequests::Entry(
                       [&](const PendingRequests::Result &) { pending.add(10, recorder(log, QStringLiteral("10"))); },
                       nullptr));
    pending.failAll(protocol::Error{ErrorCode::Unavailable, QStringLiteral("gone")});
    CHECK(log == QList<QString>{QStringLiteral("3:error"), QStringLiteral("5:error"), QStringLiteral("7:error")});
    CHECK(pending.size() == 1); // the one added from inside a callback survives
}

TEST_CASE("a callback whose context died is skipped; runLater runs from the event loop", "[client][pending]")
{
    PendingRequests pending;
    QList<QString> log;
    auto *context = new QObject;
    pending.add(1, recorder(log, QStringLiteral("dead"), context));
    delete context;
    CHECK(pending.complete(1, protocol::Envelope{}));
    CHECK(log.isEmpty());

    QObject receiver;
    PendingRequests::runLater(&receiver, recorder(log, QStringLiteral("later")),
                              protocol::Error{ErrorCode::Unavailable, QStringLiteral("not connected")});
    CHECK(log.isEmpty());
    REQUIRE(test::waitFor([&] { return !log.isEmpty(); }));
    CHECK(log == QList<QString>{QStringLiteral("later:error")});
}
