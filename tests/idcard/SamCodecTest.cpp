#include <catch2/catch.hpp>

#include "idcard/SamCodec.h"

using namespace hallq::idcard;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}
} // namespace

TEST_CASE("requests match the documented frames", "[idcard][codec]")
{
    CHECK(SamCodec::request(SamCommand::FindCard) == hex("AAAAAA9669000320 0122"));
    CHECK(SamCodec::request(SamCommand::SelectCard) == hex("AAAAAA96690003200221"));
    CHECK(SamCodec::request(SamCommand::ReadText) == hex("AAAAAA96690003300132"));
}

TEST_CASE("a find-card reply parses with its status", "[idcard][codec]")
{
    SamReply reply;
    const QByteArray found = hex("AAAAAA9669000800009F0000000097");
    REQUIRE_FALSE(SamCodec::parse(found, &reply));
    CHECK(reply.sw3 == 0x9f);
    CHECK(reply.data == hex("00000000"));
    CHECK_FALSE(ReaderError::fromSamStatus(reply.sw3));

    const QByteArray none = hex("AAAAAA96690004000080 84");
    REQUIRE_FALSE(SamCodec::parse(none, &reply));
    CHECK(ReaderError::fromSamStatus(reply.sw3).code == ReaderErrorCode::NoCard);
}
