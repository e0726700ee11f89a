// Qt 6.4's QJsonValue::toInteger(default) turned 12 into 13 for some values;
// the codec must read every small integer exactly.
#include "protocol/Protocol.h"

#include <catch2/catch.hpp>

using namespace hallq::protocol;

TEST_CASE("integers decode exactly (Qt 6.4 toInteger regression)", "[protocol][codec]")
{
    for (int n = 1; n <= 2000; ++n) {
        const auto decoded = decode<WindowOpenRequest>(QJsonObject{{QStringLiteral("window"), n}}, Limits{});
        REQUIRE(std::holds_alternative<WindowOpenRequest>(decoded));
        REQUIRE(std::get<WindowOpenRequest>(decoded).window == n);
    }
    const QByteArray frame = "{\"type\":\"call.next\",\"id\":12,\"body\":{\"window\":12}}";
    const auto parsed = parseEnvelope(frame);
    REQUIRE(std::holds_alternative<Envelope>(parsed));
    CHECK(std::get<Envelope>(parsed).id == 12);
}
