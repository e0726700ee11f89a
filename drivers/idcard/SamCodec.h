#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "idcard/ReaderError.h"

namespace hallq::idcard {

// GA 467 "SAM" frames (pure, no I/O):
//   request : AA AA AA 96 69 | LEN_H LEN_L | CMD PARA [data] | XOR
//   response: AA AA AA 96 69 | LEN_H LEN_L | SW1 SW2 SW3 [data] | XOR
// LEN counts the bytes after the length field (XOR included); XOR runs over
// LEN_H … the last data byte.
enum class SamCommand : quint16 {
    FindCard = 0x2001,
    SelectCard = 0x2002,
    ReadText = 0x3001,        // text + photo
    ReadSerial = 0x3005,
    ReadTextPhotoFingerprint = 0x3010,
    SamStatus = 0x11ff,
    ResetSam = 0x10ff,
};

struct SamReply
{
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    quint8 sw3 = 0;
    QByteArray data; // after SW3, before XOR
};

// The 256-byte UCS-2LE text block of a ReadText reply; the photo is dropped here.
struct SamTextBlock
{
    QByteArray text;
};

class SamCodec
{
public:
    static constexpr int kHeaderSize = 7;      // preamble + length
    static constexpr int kMaxFrameSize = 4096; // the largest reply (text+photo+fingerprint) is ~2.3 KB
    static constexpr int kTextSize = 256;
    static constexpr int kPhotoSize = 1024;

    static QByteArray request(SamCommand command, QByteArrayView data = {});
    static quint8 xorOf(QByteArrayView bytes);

    // How far a buffer that starts with a frame is complete:
    //  > 0: the frame's total size (it may not all be there yet); 0: need more
    //  bytes to know; -1: the buffer does not start with a valid preamble/length.
    static qsizetype frameSize(QByteArrayView buffer);

    // One complete reply frame → SamReply, or a typed frame error. The SAM's
    // status is not judged here: see ReaderError::fromSamStatus(reply.sw3).
    static ReaderError parse(QByteArrayView frame, SamReply *reply);

    // The text block out of a ReadText/ReadTextPhotoFingerprint reply's data;
    // the photo bytes are skipped and never copied.
    static ReaderError textBlock(const SamReply &reply, SamTextBlock *out);
};

} // namespace hallq::idcard
