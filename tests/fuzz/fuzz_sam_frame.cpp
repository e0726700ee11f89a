// libFuzzer target: bytes from an ID-card reader (drivers/idcard), split into
// packets as USB or serial would deliver them, through the frame reassembler,
// the SAM frame parser and the identity text decoder.
#include "idcard/FrameReassembler.h"
#include "idcard/IdentityTextDecoder.h"
#include "idcard/SamCodec.h"

#include <cstdint>
#include <cstdlib>

using namespace hallq::idcard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    // The whole input as one frame.
    SamReply reply;
    if (!SamCodec::parse(input, &reply)) {
        SamTextBlock text;
        if (!SamCodec::textBlock(reply, &text)) {
            IdentityCard card;
            IdentityTextDecoder::decode(text.text, QDate(2026, 3, 2), &card);
        }
    }
    SamCodec::frameSize(input);
    // The same bytes in packets of the size the first byte says (1..64).
    const qsizetype packet = 1 + data[0] % 64;
    FrameReassembler reassembler;
    for (qsizetype at = 0; at < input.size(); at += packet) {
        reassembler.append(input.mid(at, packet));
        QByteArray frame;
        while (reassembler.takeFrame(&frame)) {
            if (frame.size() > SamCodec::kMaxFrameSize)
                std::abort(); // the reassembler must never hand out an oversized frame
            SamReply r;
            SamCodec::parse(frame, &r);
        }
    }
    if (reassembler.pending() > 2 * SamCodec::kMaxFrameSize + 64)
        std::abort(); // junk must not pile up without bound
    return 0;
}
