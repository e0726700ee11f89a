// Hostile or broken frames: each one must come back as the documented typed
// error, the way the server's net layer processes a client frame.

#include "SampleFill.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTimeZone>

using namespace hallq::protocol;
using namespace Qt::StringLiterals;

namespace {

// parse -> look up -> decode, as the server does; nullopt when accepted.
std::optional<Error> process(const QByteArray &frame)
{
    const auto parsed = parseEnvelope(frame);
    if (const auto *error = std::get_if<Error>(&parsed))
        return *error;
    const Envelope &e = std::get<Envelope>(parsed);
    const MessageSpec *s = findRequest(e.type);
    if (!s)
        return Error{ErrorCode::UnknownType, u"no such request"_s};
    return dispatchRequest(s->type, e.body, Limits{}, [](auto &&) {});
}

QByteArray nested(int depth)
{
    QByteArray inner = "{}";
    for (int i = 0; i < depth; ++i)
        inner = "{\"a\":" + inner + "}";
    return "{\"type\":\"ping\",\"body\":" + inner + "}";
}

QByteArray paddedTo(qsizetype size)
{
    QByteArray frame = R"({"type":"ping","body":{"x":""}})";
    frame.insert(frame.size() - 3, QByteArray(size - frame.size(), 'a'));
    return frame;
}

struct Row
{
    const char *what;
    QByteArray frame;
    ErrorCode expected;
    const char *mentions = nullptr; // the field the message must name
};

} // namespace

TEST_CASE("bad frames give the documented error codes", "[protocol][badinput]")
{
    const QByteArray longPassword = R"({"type":"auth.login","id":1,"body":{"staffId":"s1","password":")"
                                    + QByteArray(129, 'p') + R"("}})";
    const QByteArray longNote = R"({"type":"window.pause","id":1,"body":{"window":3,"reason":"lunch","note":")"
                                + QByteArray(501, 'n') + R"("}})";
    const QByteArray longStaff = R"({"type":"auth.login","id":1,"body":{"staffId":")" + QByteArray(257, 's')
                                 + R"(","password":"x"}})";
    QByteArray manyFeatures = R"({"type":"hello","id":1,"body":{"protocolVersion":1,"client":"c","clientVersion":"1","features":[)";
    for (int i = 0; i < 1001; ++i)
        manyFeatures += i ? ",\"f\"" : "\"f\"";
    manyFeatures += "]}}";

    const auto row = GENERATE_COPY(values<Row>({
        {"not JSON", "hello", ErrorCode::Malformed},
        {"empty frame", "", ErrorCode::Malformed},
        {"JSON array", "[1,2]", ErrorCode::Malformed},
        {"JSON string", "\"ping\"", ErrorCode::Malformed},
        {"truncated", R"({"type":"ping")", ErrorCode::Malformed},
        {"invalid UTF-8", "{\"type\":\"ping\",\"body\":{\"x\":\"\xff\xfe\"}}", ErrorCode::Malformed},
        {"invalid UTF-8 in a key", "{\"type\":\"ping\",\"body\":{\"\xff\":1}}", ErrorCode::Malformed},
        {"overlong UTF-8", "{\"type\":\"ping\",\"body\":{\"x\":\"\xc0\xaf\"}}", ErrorCode::Malformed},
        {"one byte too large", paddedTo(64 * 1024 + 1), ErrorCode::TooLarge},
        {"nine levels deep", nested(7), ErrorCode::TooDeep},
        {"thousands of levels deep", QByteArray(5000, '[') + QByteArray(5000, ']'), ErrorCode::TooDeep},
        {"missing type", R"({"id":1,"body":{}})", ErrorCode::Malformed},
        {"type not a string", R"({"type":5,"id":1})", ErrorCode::Malformed},
        {"empty type", R"({"type":"","id":1})", ErrorCode::Malformed},
        {"fractional id", R"({"type":"ping","id":1.5})", ErrorCode::Malformed},
        {"id as a string", R"({"type":"ping","id":"7"})", ErrorCode::Malformed},
        {"zero id", R"({"type":"ping","id":0})", ErrorCode::Malformed},
        {"negative id", R"({"type":"ping","id":-3})", ErrorCode::Malformed},
        {"id beyond 2^53", R"({"type":"ping","id":1e300})", ErrorCode::Malformed},
        {"body not an object", R"({"type":"ping","id":1,"body":[]})", ErrorCode::Malformed},
        {"ok not a bool", R"({"type":"ping","id":1,"ok":1})", ErrorCode::Malformed},
        {"failed reply without error", R"({"type":"ping","id":1,"ok":false})", ErrorCode::Malformed},
        {"unknown type", R"({"type":"call.everyone","id":1,"body":{}})", ErrorCode::UnknownType},
        {"event sent as a request", R"({"type":"event.call","id":1,"body":{}})", ErrorCode::UnknownType},
        {"missing field", R"({"type":"call.next","id":1,"body":{}})", ErrorCode::BadField, "window"},
        {"null required field", R"({"type":"call.next","id":1,"body":{"window":null}})", ErrorCode::BadField,
         "window"},
        {"string for an integer", R"({"type":"call.next","id":1,"body":{"window":"3"}})", ErrorCode::BadField,
         "window"},
        {"fraction for an integer", R"({"type":"call.next","id":1,"body":{"window":3.5}})", ErrorCode::BadField,
         "window"},
        {"integer beyond int", R"({"type":"call.next","id":1,"body":{"window":1e10}})", ErrorCode::BadField,
         "window"},
        {"window 0", R"({"type":"call.next","id":1,"body":{"window":0}})", ErrorCode::BadField, "window"},
        {"negative ticket id", R"({"type":"ticket.get","id":1,"body":{"ticketId":-1}})", ErrorCode::BadField,
         "ticketId"},
        {"number for a string", R"({"type":"auth.login","id":1,"body":{"staffId":5,"password":"x"}})",
         ErrorCode::BadField, "staffId"},
        {"object for a list", R"({"type":"hello","id":1,"body":{"protocolVersion":1,"client":"c","clientVersion":"1","features":{}}})",
         ErrorCode::BadField, "features"},
        {"number in a string list", R"({"type":"hello","id":1,"body":{"protocolVersion":1,"client":"c","clientVersion":"1","features":["a",2]}})",
         ErrorCode::BadField, "features[1]"},
        {"password of 129", longPassword, ErrorCode::BadField, "password"},
        {"note of 501", longNote, ErrorCode::BadField, "note"},
        {"staff id of 257", longStaff, ErrorCode::BadField, "staffId"},
        {"1001 features", manyFeatures, ErrorCode::BadField, "features"},
        {"placement not in the set", R"({"type":"ticket.transfer","id":1,"body":{"window":3,"placement":"middle"}})",
         ErrorCode::BadField, "placement"},
        {"scope not in the set", R"({"type":"subscribe","id":1,"body":{"scope":"city"}})", ErrorCode::BadField,
         "scope"},
        {"number for a string in a nested object", R"({"type":"ticket.issue","id":1,"body":{"serviceId":"a","identity":{"idNumber":5}}})",
         ErrorCode::BadField, "identity.idNumber"},
        {"bad ID-card check digit", R"({"type":"ticket.issue","id":1,"body":{"serviceId":"a","identity":{"idNumber":"110105194912310021","name":"n"}}})",
         ErrorCode::InvalidIdentity, "identity.idNumber"},
    }));

    INFO(row.what);
    const auto error = process(row.frame);
    REQUIRE(error.has_value());
    CHECK(toString(error->code) == toString(row.expected));
    CHECK_FALSE(error->message.isEmpty());
    if (row.mentions)
        CHECK(error->message.contains(QLatin1StringView(row.mentions)));
}

TEST_CASE("the limits are inclusive and every accepted frame decodes", "[protocol][badinput]")
{
    CHECK_FALSE(process(paddedTo(64 * 1024)).has_value());
    CHECK_FALSE(process(nested(6)).has_value()); // exactly 8 levels
    const QByteArray password128 = R"({"type":"auth.login","id":1,"body":{"staffId":"s","password":")"
                                   + QByteArray(128, 'p') + R"("}})";
    CHECK_FALSE(process(password128).has_value());
    CHECK_FALSE(process(R"({"type":"ping","id":9007199254740992})").has_value());
    CHECK_FALSE(process(R"({"type":"ping"})").has_value()); // no id, no body
}

TEST_CASE("unknown fields are ignored for forward compatibility", "[protocol][badinput]")
{
    const auto parsed = parseEnvelope(R"({"type":"call.next","id":4,"v2":true,"body":{"window":3,"future":[1]}})");
    REQUIRE(std::holds_alternative<Envelope>(parsed));
    const auto decoded = decode<CallNextRequest>(std::get<Envelope>(parsed).body);
    REQUIRE(std::holds_alternative<CallNextRequest>(decoded));
    CHECK(std::get<CallNextRequest>(decoded).window == 3);
}

TEST_CASE("optional fields keep their documented defaults", "[protocol][codec]")
{
    const auto decoded = decode<TicketIssueRequest>(QJsonObject{{"serviceId"_L1, u"consult"_s}});
    REQUIRE(std::holds_alternative<TicketIssueRequest>(decoded));
    const auto &request = std::get<TicketIssueRequest>(decoded);
    CHECK(request.ticketClass == u"normal"_s);
    CHECK_FALSE(request.identity.has_value());
}

TEST_CASE("an error in a deep list names the exact place", "[protocol][codec]")
{
    QJsonObject body = encode(test::sample<SubscribeReply>());
    QJsonObject snapshot = body.value("snapshot"_L1).toObject();
    QJsonArray windows = snapshot.value("windows"_L1).toArray();
    REQUIRE(windows.size() == 2);
    QJsonObject window = windows.at(1).toObject();
    window.insert("since"_L1, u"2026-11-29T06:30:00"_s); // no zone: refused
    windows.replace(1, window);
    snapshot.insert("windows"_L1, windows);
    body.insert("snapshot"_L1, snapshot);
    const auto decoded = decode<SubscribeReply>(body);
    REQUIRE(std::holds_alternative<Error>(decoded));
    CHECK(std::get<Error>(decoded).message.contains(u"'snapshot.windows[1].since'"));
}

TEST_CASE("a full ID number is never accepted as identityMasked nor echoed", "[protocol][privacy]")
{
    const QString full = u"11010519491231002X"_s;
    TicketInfo ticket;
    ticket.id = 1;
    ticket.issuedAt = QDateTime(QDate(2026, 11, 29), QTime(6, 30), QTimeZone::utc());
    ticket.identityMasked = full;
    const auto decoded = decode<TicketInfo>(encode(ticket));
    REQUIRE(std::holds_alternative<Error>(decoded));
    CHECK_FALSE(std::get<Error>(decoded).message.contains(full));
    CHECK_FALSE(std::get<Error>(decoded).message.contains(u"19491231"));
}

TEST_CASE("error replies parse back into typed errors", "[protocol][envelope]")
{
    Envelope request;
    request.type = u"call.next"_s;
    request.id = 7;
    const QString message = u"窗口 3 正在办理 A001"_s;
    const auto parsed = parseEnvelope(serialize(makeError(request, ErrorCode::WindowBusy, message)));
    REQUIRE(std::holds_alternative<Envelope>(parsed));
    const Envelope &e = std::get<Envelope>(parsed);
    CHECK(e.ok == false);
    REQUIRE(e.error.has_value());
    CHECK(e.error->code == ErrorCode::WindowBusy);
    CHECK(e.error->message == message);
    const auto reply = decodeReply<CallNextRequest>(e);
    REQUIRE(std::holds_alternative<Error>(reply));
    CHECK(std::get<Error>(reply).code == ErrorCode::WindowBusy);
}

TEST_CASE("an error code from a newer server reads as internal, message kept", "[protocol][envelope]")
{
    const auto parsed =
        parseEnvelope(R"({"type":"ping","id":2,"ok":false,"error":{"code":"quantum_flux","message":"m"}})");
    REQUIRE(std::holds_alternative<Envelope>(parsed));
    const auto &error = std::get<Envelope>(parsed).error;
    REQUIRE(error.has_value());
    CHECK(error->code == ErrorCode::Internal);
    CHECK(error->message == u"m"_s);
}
