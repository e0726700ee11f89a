#include <catch2/catch.hpp>

#include "FakeSam.h"
#include "idcard/FrameReassembler.h"
#include "idcard/SamCodec.h"

using namespace hallq;
using namespace hallq::idcard;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}
} // namespace

TEST_CASE("requests match the documented frames", "[idcard][codec]")
{
    CHECK(SamCodec::request(SamCommand::FindCard) == hex("AAAAAA96690003200122"));
    CHECK(SamCodec::request(SamCommand::SelectCard) == hex("AAAAAA96690003200221"));
    CHECK(SamCodec::request(SamCommand::ReadText) == hex("AAAAAA96690003300132"));
    CHECK(SamCodec::request(SamCommand::SamStatus) == hex("AAAAAA96690003 11FF ED"));
    CHECK(SamCodec::request(SamCommand::ResetSam) == hex("AAAAAA96690003 10FF EC"));
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

TEST_CASE("every documented SAM status maps to its own typed error", "[idcard][codec]")
{
    const std::pair<quint8, ReaderErrorCode> table[] = {
        {0x10, ReaderErrorCode::SamChecksum},       {0x11, ReaderErrorCode::SamLength},
        {0x21, ReaderErrorCode::SamCommand},        {0x23, ReaderErrorCode::NotPermitted},
        {0x24, ReaderErrorCode::SamUnknownError},   {0x31, ReaderErrorCode::AuthFailed},
        {0x32, ReaderErrorCode::AuthFailed},        {0x33, ReaderErrorCode::VerificationFailed},
        {0x40, ReaderErrorCode::UnknownCardType},   {0x41, ReaderErrorCode::ReadFailed},
        {0x47, ReaderErrorCode::RandomNumberFailed}, {0x60, ReaderErrorCode::SamSelfTestFailed},
        {0x66, ReaderErrorCode::SamNotAuthorised},  {0x80, ReaderErrorCode::NoCard},
        {0x81, ReaderErrorCode::SelectFailed},      {0x91, ReaderErrorCode::NoSuchItem},
        {0x55, ReaderErrorCode::UnknownStatus},
    };
    for (const auto &[sw3, code] : table) {
        // Through a real frame, so the status byte's position is checked too.
        SamReply reply;
        REQUIRE_FALSE(SamCodec::parse(test::FakeSam::replyFrame(sw3), &reply));
        const ReaderError e = ReaderError::fromSamStatus(reply.sw3);
        INFO("SW3 " << int(sw3));
        CHECK(e.code == code);
        CHECK(e.samStatus == sw3);
        CHECK_FALSE(e.key().isEmpty());
        CHECK_FALSE(e.message().isEmpty());
    }
    CHECK_FALSE(ReaderError::fromSamStatus(0x90));
    CHECK_FALSE(ReaderError::fromSamStatus(0x9f));
}

TEST_CASE("malformed replies give typed frame errors", "[idcard][codec]")
{
    SamReply reply;
    const QByteArray good = test::FakeSam::replyFrame(0x90, hex("0102"));
    CHECK(SamCodec::parse(good.left(3), &reply).code == ReaderErrorCode::BadHeader);
    CHECK(SamCodec::parse(hex("AAAAAA9670000400009094"), &reply).code == ReaderErrorCode::BadHeader);
    CHECK(SamCodec::parse(good.left(6), &reply).code == ReaderErrorCode::Truncated);
    CHECK(SamCodec::parse(good.left(good.size() - 1), &reply).code == ReaderErrorCode::Truncated);
    CHECK(SamCodec::parse(good + '\0', &reply).code == ReaderErrorCode::BadLength);
    CHECK(SamCodec::parse(hex("AAAAAA96690002 0000 02"), &reply).code == ReaderErrorCode::BadLength);
    CHECK(SamCodec::parse(hex("AAAAAA9669FFFF"), &reply).code == ReaderErrorCode::BadLength);
    QByteArray flipped = good;
    flipped[8] = char(flipped[8] ^ 0x01);
    CHECK(SamCodec::parse(flipped, &reply).code == ReaderErrorCode::BadChecksum);
    REQUIRE_FALSE(SamCodec::parse(good, &reply));
    CHECK(reply.data == hex("0102"));
}

TEST_CASE("the read reply yields the 256-byte text and drops the photo", "[idcard][codec]")
{
    const QByteArray frame = test::FakeSam::readReply(test::FakeSam::sampleCard());
    CHECK(frame.size() == 1295);
    SamReply reply;
    REQUIRE_FALSE(SamCodec::parse(frame, &reply));
    SamTextBlock text;
    REQUIRE_FALSE(SamCodec::textBlock(reply, &text));
    CHECK(text.text.size() == 256);
    CHECK(text.text == frame.mid(14, 256));
    CHECK_FALSE(text.text.contains(frame.mid(270, 16))); // no photo bytes

    SamReply shortReply = reply;
    shortReply.data.chop(10);
    CHECK(SamCodec::textBlock(shortReply, &text).code == ReaderErrorCode::UnexpectedReply);
    SamReply wrongLength = reply;
    wrongLength.data[1] = 0x20;
    CHECK(SamCodec::textBlock(wrongLength, &text).code == ReaderErrorCode::BadTextBlock);
    CHECK(SamCodec::textBlock(SamReply{}, &text).code == ReaderErrorCode::UnexpectedReply);
}

TEST_CASE("frames are reassembled from 64-byte packets and resync after noise", "[idcard][codec]")
{
    const QByteArray frame = test::FakeSam::readReply(test::FakeSam::sampleCard());
    FrameReassembler r;
    QByteArray out;
    r.append(hex("00FF13AAAA")); // line noise, including a false start
    for (qsizetype at = 0; at < frame.size(); at += 64) {
        CHECK_FALSE(r.takeFrame(&out));
        r.append(frame.mid(at, 64));
    }
    REQUIRE(r.takeFrame(&out));
    CHECK(out == frame);
    CHECK(r.skipped() == 5);
    CHECK(r.pending() == 0);

    // Two frames in one chunk come out one after the other.
    const QByteArray a = test::FakeSam::replyFrame(0x80), b = test::FakeSam::replyFrame(0x9f, QByteArray(4, '\0'));
    r.append(a + b);
    REQUIRE(r.takeFrame(&out));
    CHECK(out == a);
    REQUIRE(r.takeFrame(&out));
    CHECK(out == b);
}
