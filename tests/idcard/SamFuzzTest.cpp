#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include "FakeSam.h"
#include "idcard/FrameReassembler.h"
#include "idcard/IdentityTextDecoder.h"
#include "idcard/SamCodec.h"

using namespace hallq;
using namespace hallq::idcard;

namespace {

bool isFrameError(ReaderErrorCode c)
{
    return c == ReaderErrorCode::BadHeader || c == ReaderErrorCode::Truncated || c == ReaderErrorCode::BadLength
           || c == ReaderErrorCode::BadChecksum;
}

// Feeds one input through everything a reply goes through; returns the error (None on success).
ReaderError pipeline(const QByteArray &input)
{
    SamReply reply;
    if (ReaderError e = SamCodec::parse(input, &reply)) {
        REQUIRE(isFrameError(e.code));
        return e;
    }
    SamTextBlock text;
    if (ReaderError e = SamCodec::textBlock(reply, &text))
        return e;
    IdentityCard card;
    return IdentityTextDecoder::decode(text.text, QDate(2026, 3, 2), &card);
}

} // namespace

TEST_CASE("thousands of random, truncated and corrupted frames never crash the parser", "[idcard][codec][fuzz]")
{
    QRandomGenerator rng(20260302); // fixed seed: a failure reproduces
    const QByteArray good = test::FakeSam::readReply(test::FakeSam::sampleCard());
    REQUIRE_FALSE(pipeline(good));
    int typedErrors = 0, accepted = 0;

    for (int i = 0; i < 3000; ++i) { // pure noise, with and without a valid preamble
        QByteArray noise(rng.bounded(0, 1400), Qt::Uninitialized);
        for (char &c : noise)
            c = char(rng.bounded(256));
        if (i % 2)
            noise.replace(0, std::min<qsizetype>(5, noise.size()), QByteArray::fromHex("AAAAAA9669"));
        const ReaderError e = pipeline(noise);
        e ? ++typedErrors : ++accepted;
    }
    for (qsizetype cut = 0; cut < good.size(); ++cut) { // every truncation
        const ReaderError e = pipeline(good.left(cut));
        CHECK(e.code != ReaderErrorCode::None);
        ++typedErrors;
    }
    for (int i = 0; i < 3000; ++i) { // one to four flipped bytes anywhere
        QByteArray bad = good;
        const int flips = rng.bounded(1, 5);
        for (int f = 0; f < flips; ++f) {
            const int at = rng.bounded(int(bad.size()));
            bad[at] = char(bad[at] ^ (1 + rng.bounded(255)));
        }
        const ReaderError e = pipeline(bad);
        // A single flipped byte always breaks the XOR (or the header/length).
        if (flips == 1)
            CHECK(e.code != ReaderErrorCode::None);
        e ? ++typedErrors : ++accepted;
    }
    CHECK(typedErrors > 7000);
    CHECK(typedErrors + accepted == 6000 + int(good.size()));

    // The same noise through the reassembler: it never hands out a frame the parser rejects.
    FrameReassembler r;
    for (int i = 0; i < 2000; ++i) {
        QByteArray chunk(rng.bounded(1, 80), Qt::Uninitialized);
        for (char &c : chunk)
            c = char(rng.bounded(256));
        if (i % 50 == 0)
            chunk += good.mid(rng.bounded(int(good.size())));
        r.append(chunk);
        QByteArray frame;
        while (r.takeFrame(&frame)) {
            CHECK(SamCodec::frameSize(frame) == frame.size());
            SamReply reply;
            const ReaderError e = SamCodec::parse(frame, &reply);
            CHECK((e.code == ReaderErrorCode::None || e.code == ReaderErrorCode::BadChecksum));
        }
    }
}
