#include "SampleFill.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTimeZone>

using namespace hallq::protocol;
using namespace Qt::StringLiterals;

namespace {

Envelope reparse(const Envelope &e)
{
    auto parsed = parseEnvelope(serialize(e), Limits::forServerMessages());
    REQUIRE(std::holds_alternative<Envelope>(parsed));
    return std::get<Envelope>(parsed);
}

template <class Request>
void requireRequestRoundTrip(const Request &request)
{
    const Envelope wire = reparse(makeRequest(request, 7));
    CHECK(wire.id == 7);
    CHECK(wire.isRequest());
    const MessageSpec *s = findRequest(wire.type);
    REQUIRE(s != nullptr);
    REQUIRE(s->type == MessageTraits<Request>::type);
    bool visited = false;
    const auto error = dispatchRequest(s->type, wire.body, Limits{}, [&](auto &&decoded) {
        using Decoded = std::decay_t<decltype(decoded)>;
        if constexpr (std::is_same_v<Decoded, Request>) {
            visited = true;
            CHECK(decoded == request);
        } else {
            FAIL("dispatched to another request struct");
        }
    });
    REQUIRE_FALSE(error.has_value());
    CHECK(visited);
}

template <class Request>
void requireReplyRoundTrip(const replyTypeOf<Request> &reply)
{
    const Envelope request = makeRequest(Request{}, 11);
    const Envelope wire = reparse(makeReply(request, reply));
    CHECK(wire.type == request.type);
    CHECK(wire.id == 11);
    CHECK(wire.ok == true);
    auto decoded = decodeReply<Request>(wire);
    REQUIRE(std::holds_alternative<replyTypeOf<Request>>(decoded));
    CHECK(std::get<replyTypeOf<Request>>(decoded) == reply);
}

template <class Event>
void requireEventRoundTrip(const Event &event)
{
    const Envelope wire = reparse(makeEvent(event, 42));
    CHECK(wire.seq == 42);
    CHECK(wire.isEvent());
    const MessageSpec *s = findEvent(wire.type);
    REQUIRE(s != nullptr);
    REQUIRE(s->type == EventTraits<Event>::type);
    const auto result = dispatchEvent(s->type, wire.body, Limits::forServerMessages(), [&](auto &&decoded) {
        if constexpr (std::is_same_v<std::decay_t<decltype(decoded)>, Event>)
            return decoded == event;
        else
            return false;
    });
    REQUIRE(std::holds_alternative<bool>(result));
    CHECK(std::get<bool>(result));
}

} // namespace

TEMPLATE_LIST_TEST_CASE("every request and its reply survive the wire", "[protocol][roundtrip]", AllRequests)
{
    using Reply = replyTypeOf<TestType>;
    SECTION("all optional fields present")
    {
        requireRequestRoundTrip(test::sample<TestType>(true));
        requireReplyRoundTrip<TestType>(test::sample<Reply>(true));
    }
    SECTION("optional fields absent")
    {
        requireRequestRoundTrip(test::sample<TestType>(false, 100));
        requireReplyRoundTrip<TestType>(test::sample<Reply>(false, 100));
    }
}

TEMPLATE_LIST_TEST_CASE("every event survives the wire", "[protocol][roundtrip]", AllEvents)
{
    auto event = test::sample<TestType>(GENERATE(true, false));
    if constexpr (std::is_same_v<TestType, TicketEvent>) {
        event.ticket.identityMasked.reset(); // makeEvent strips both; tested on their own below
        event.ticket.nameMasked.reset();
    }
    requireEventRoundTrip(event);
}

TEST_CASE("serialization is stable across a round trip", "[protocol][roundtrip]")
{
    const Envelope e = makeReply(makeRequest(SubscribeRequest{}, 3), test::sample<SubscribeReply>());
    const QByteArray once = serialize(e);
    CHECK(serialize(reparse(e)) == once);
}

TEST_CASE("the sample differs from a default struct, so round trips prove something", "[protocol][roundtrip]")
{
    CHECK_FALSE(test::sample<TicketInfo>() == TicketInfo{});
    CHECK_FALSE(test::sample<HallSnapshot>() == HallSnapshot{});
    CHECK_FALSE(test::sample<TicketInfo>(true, 0) == test::sample<TicketInfo>(true, 1));
}

TEST_CASE("a hand-written call.next reply matches the documented wire form", "[protocol][roundtrip]")
{
    TicketReply reply;
    reply.ticket.id = 1001;
    reply.ticket.number = u"A001"_s;
    reply.ticket.serviceId = u"consult"_s;
    reply.ticket.state = u"called"_s;
    reply.ticket.issuedAt = QDateTime(QDate(2026, 11, 29), QTime(6, 30), QTimeZone::utc());
    reply.ticket.window = 3;

    Envelope request;
    request.type = u"call.next"_s;
    request.id = 7;
    const QJsonObject body = QJsonDocument::fromJson(serialize(makeReply(request, reply))).object();
    CHECK(body.value("ok"_L1).toBool());
    const QJsonObject ticket = body.value("body"_L1).toObject().value("ticket"_L1).toObject();
    CHECK(ticket.value("issuedAt"_L1).toString() == u"2026-11-29T06:30:00.000Z"_s);
    CHECK(ticket.value("number"_L1).toString() == u"A001"_s);
    CHECK_FALSE(ticket.contains("calledAt"_L1)); // absent optional: omitted, not null
    CHECK_FALSE(body.value("body"_L1).toObject().contains("window"_L1));
}

TEST_CASE("ticket events never carry the masked identity", "[protocol][privacy]")
{
    TicketEvent event = test::sample<TicketEvent>(true);
    REQUIRE(event.ticket.identityMasked.has_value());
    REQUIRE(event.ticket.nameMasked.has_value());
    const Envelope e = makeEvent(event, 5);
    CHECK_FALSE(e.body.value("ticket"_L1).toObject().contains("identityMasked"_L1));
    CHECK_FALSE(e.body.value("ticket"_L1).toObject().contains("nameMasked"_L1));
}

TEST_CASE("times in other zones arrive as the same instant in UTC", "[protocol][codec]")
{
    QJsonObject body = encode(test::sample<PingReply>());
    body.insert("serverTime"_L1, u"2026-11-29T14:30:00.000+08:00"_s);
    const auto decoded = decode<PingReply>(body);
    REQUIRE(std::holds_alternative<PingReply>(decoded));
    const QDateTime t = std::get<PingReply>(decoded).serverTime;
    CHECK(t == QDateTime(QDate(2026, 11, 29), QTime(6, 30), QTimeZone::utc()));
    CHECK(t.timeSpec() == Qt::UTC);
}
