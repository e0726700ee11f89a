#include "idcard/SamCodec.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {
namespace {

constexpr char kPreamble[] = "\xaa\xaa\xaa\x96\x69";
constexpr int kPreambleSize = 5;

quint16 be16(QByteArrayView b, qsizetype at)
{
    return quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
}

} // namespace

quint8 SamCodec::xorOf(QByteArrayView bytes)
{
    quint8 x = 0;
    for (char c : bytes)
        x ^= quint8(c);
    return x;
}

QByteArray SamCodec::request(SamCommand command, QByteArrayView data)
{
    const int len = 2 + int(data.size()) + 1;
    QByteArray frame(kPreamble, kPreambleSize);
    frame.append(char((len >> 8) & 0xff));
    frame.append(char(len & 0xff));
    frame.append(char((quint16(command) >> 8) & 0xff));
    frame.append(char(quint16(command) & 0xff));
    frame.append(data.data(), data.size());
    frame.append(char(xorOf(QByteArrayView(frame).sliced(kPreambleSize))));
    return frame;
}

qsizetype SamCodec::frameSize(QByteArrayView buffer)
{
    const qsizetype have = std::min<qsizetype>(buffer.size(), kPreambleSize);
    if (QByteArrayView(kPreamble, have) != buffer.first(have))
        return -1;
    if (buffer.size() < kHeaderSize)
        return 0;
    const int len = be16(buffer, kPreambleSize);
    if (len < 4 || kHeaderSize + len > kMaxFrameSize) // SW1 SW2 SW3 XOR at least
        return -1;
    return kHeaderSize + len;
}

ReaderError SamCodec::parse(QByteArrayView frame, SamReply *reply)
{
    if (frame.size() < kPreambleSize || frame.first(kPreambleSize) != QByteArrayView(kPreamble, kPreambleSize))
        return ReaderError::make(ReaderErrorCode::BadHeader,
                                 frame.size() < kPreambleSize ? u"%1 bytes, shorter than the preamble"_s.arg(frame.size())
                                                              : u"preamble is not AA AA AA 96 69"_s);
    if (frame.size() < kHeaderSize)
        return ReaderError::make(ReaderErrorCode::Truncated, u"no length field"_s);
    const int len = be16(frame, kPreambleSize);
    if (len < 4 || kHeaderSize + len > kMaxFrameSize)
        return ReaderError::make(ReaderErrorCode::BadLength, u"length field %1"_s.arg(len));
    if (frame.size() < kHeaderSize + len)
        return ReaderError::make(ReaderErrorCode::Truncated,
                                 u"%1 of %2 bytes"_s.arg(frame.size()).arg(kHeaderSize + len));
    if (frame.size() > kHeaderSize + len)
        return ReaderError::make(ReaderErrorCode::BadLength,
                                 u"%1 bytes after the frame"_s.arg(frame.size() - kHeaderSize - len));
    const quint8 expected = xorOf(frame.sliced(kPreambleSize, 2 + len - 1));
    const quint8 got = quint8(frame[kHeaderSize + len - 1]);
    if (expected != got)
        return ReaderError::make(ReaderErrorCode::BadChecksum,
                                 u"XOR %1, frame says %2"_s.arg(expected, 2, 16, QLatin1Char('0')).arg(got, 2, 16, QLatin1Char('0')));
    reply->sw1 = quint8(frame[7]);
    reply->sw2 = quint8(frame[8]);
    reply->sw3 = quint8(frame[9]);
    reply->data = frame.sliced(10, len - 4).toByteArray();
    return ReaderError::none();
}

ReaderError SamCodec::textBlock(const SamReply &reply, SamTextBlock *out)
{
    // data: text length (2, BE), photo length (2, BE), text, photo[, fingerprint length + data]
    if (reply.data.size() < 4)
        return ReaderError::make(ReaderErrorCode::UnexpectedReply, u"read reply without length fields"_s);
    const int textLen = be16(reply.data, 0);
    const int photoLen = be16(reply.data, 2);
    if (textLen != kTextSize)
        return ReaderError::make(ReaderErrorCode::BadTextBlock, u"text length %1, expected 256"_s.arg(textLen));
    if (reply.data.size() < 4 + textLen + photoLen)
        return ReaderError::make(ReaderErrorCode::UnexpectedReply,
                                 u"read reply has %1 data bytes, lengths announce %2"_s.arg(reply.data.size()).arg(4 + textLen + photoLen));
    out->text = reply.data.mid(4, textLen);
    return ReaderError::none();
}

} // namespace hallq::idcard
