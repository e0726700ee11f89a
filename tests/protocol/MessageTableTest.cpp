#include "protocol/Protocol.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace hallq::protocol;
using namespace Qt::StringLiterals;

TEST_CASE("the message table is complete and consistent", "[protocol][table]")
{
    QSet<QString> names;
    int requests = 0;
    for (const MessageSpec &s : allMessages()) {
        const QString name = s.name;
        INFO(name.toStdString());
        CHECK_FALSE(name.isEmpty());
        CHECK_FALSE(names.contains(name)); // unique wire names
        names.insert(name);
        CHECK(&spec(s.type) == &s);
        CHECK(s.allowed != kNoRoles);
        if (s.direction == Direction::ClientToServer) {
            ++requests;
            CHECK(findRequest(name) == &s);
            CHECK(findEvent(name) == nullptr);
            CHECK_FALSE(name.startsWith(u"event."));
        } else {
            CHECK(findEvent(name) == &s);
            CHECK(findRequest(name) == nullptr);
            CHECK(name.startsWith(u"event."));
            CHECK(s.requiresAuth);
        }
    }
    CHECK(requests == int(std::tuple_size_v<AllRequests>));
    CHECK(allMessages().size() == std::tuple_size_v<AllRequests> + std::tuple_size_v<AllEvents>);
    CHECK(findRequest(u"call.everyone") == nullptr);
}

TEMPLATE_LIST_TEST_CASE("each request struct is bound to its own table row", "[protocol][table]", AllRequests)
{
    const MessageSpec &s = spec(MessageTraits<TestType>::type);
    CHECK(s.name == MessageTraits<TestType>::name());
    CHECK(s.direction == Direction::ClientToServer);
    CHECK(makeRequest(TestType{}, 1).type == QString(s.name));
}

TEMPLATE_LIST_TEST_CASE("each event struct is bound to its own table row", "[protocol][table]", AllEvents)
{
    const MessageSpec &s = spec(EventTraits<TestType>::type);
    CHECK(s.name == EventTraits<TestType>::name());
    CHECK(s.direction == Direction::ServerToClient);
}

TEST_CASE("request structs are distinct types, so overloads can dispatch", "[protocol][table]")
{
    // Counting distinct MessageType values across the struct list: a struct
    // used twice in the table would bind two rows to one MessageTraits.
    QSet<int> types;
    std::apply([&](const auto &...r) { (types.insert(int(MessageTraits<std::decay_t<decltype(r)>>::type)), ...); },
               AllRequests{});
    CHECK(types.size() == int(std::tuple_size_v<AllRequests>));
}

TEST_CASE("roles in the table match the assignment", "[protocol][table]")
{
    const auto allowed = [](const char *name) { return findRequest(QString::fromLatin1(name))->allowed; };
    CHECK(allowed("call.next") == Roles(Role::Counter));
    CHECK(allowed("ticket.issue") == (Role::Kiosk | Role::Guide | Role::Supervisor));
    CHECK(allowed("ticket.reactivate") == (Role::Counter | Role::Supervisor));
    CHECK(allowed("ticket.cancel") == (Role::Guide | Role::Supervisor));
    CHECK(allowed("queue.list") == (Role::Counter | Role::Guide | Role::Supervisor));
    CHECK_FALSE(findRequest(u"hello")->requiresAuth);
    CHECK_FALSE(findRequest(u"auth.login")->requiresAuth);
    CHECK(findRequest(u"subscribe")->requiresAuth);
}

TEST_CASE("authorize applies the table", "[protocol][table]")
{
    const MessageSpec &callNext = *findRequest(u"call.next");
    const MessageSpec &hello = *findRequest(u"hello");
    CHECK(authorize(callNext, std::nullopt)->code == ErrorCode::NotAuthenticated);
    CHECK(authorize(callNext, Roles(Role::Kiosk))->code == ErrorCode::Forbidden);
    CHECK_FALSE(authorize(callNext, Role::Counter | Role::Guide).has_value());
    CHECK_FALSE(authorize(hello, std::nullopt).has_value());
    CHECK_FALSE(authorize(hello, Roles(Role::Display)).has_value());
}

TEST_CASE("dispatch returns the visitor's result or the decode error", "[protocol][table]")
{
    const auto visitor = [](const auto &request) -> QString {
        if constexpr (std::is_same_v<std::decay_t<decltype(request)>, CallTicketRequest>)
            return u"ticket %1 at %2"_s.arg(request.ticketId).arg(request.window);
        else
            return u"other"_s;
    };
    const QJsonObject good{{"window"_L1, 4}, {"ticketId"_L1, 99}};
    const auto ok = dispatchRequest(MessageType::CallTicket, good, Limits{}, visitor);
    REQUIRE(std::holds_alternative<QString>(ok));
    CHECK(std::get<QString>(ok) == u"ticket 99 at 4"_s);

    const auto bad = dispatchRequest(MessageType::CallTicket, QJsonObject{{"window"_L1, 4}}, Limits{}, visitor);
    REQUIRE(std::holds_alternative<Error>(bad));
    CHECK(std::get<Error>(bad).code == ErrorCode::BadField);

    const auto event = dispatchRequest(MessageType::EventCall, good, Limits{}, visitor);
    REQUIRE(std::holds_alternative<Error>(event));
    CHECK(std::get<Error>(event).code == ErrorCode::UnknownType);
}

TEST_CASE("role and error code names round trip", "[protocol][names]")
{
    for (Role r : allRoles())
        CHECK(roleFromString(toString(r)) == r);
    CHECK(allRoles().size() == 6);
    CHECK(toString(Role::Supervisor) == u"supervisor"_s);
    CHECK_FALSE(roleFromString(u"root").has_value());
    CHECK(rolesFromStringList({u"counter"_s, u"guide"_s}) == (Role::Counter | Role::Guide));
    CHECK_FALSE(rolesFromStringList({u"counter"_s, u"root"_s}).has_value());
    CHECK(toStringList(Role::Kiosk | Role::Admin) == QStringList{u"kiosk"_s, u"admin"_s});

    QSet<QString> names;
    for (ErrorCode c : allErrorCodes()) {
        const QString name = toString(c);
        CHECK(errorCodeFromString(name) == c);
        CHECK(name == name.toLower());
        names.insert(name);
    }
    CHECK(names.size() == allErrorCodes().size());
    CHECK(allErrorCodes().size() == int(kLastErrorCode) + 1);
    CHECK(toString(ErrorCode::WindowBusy) == u"window_busy"_s);
}
