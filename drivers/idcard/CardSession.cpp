#include "idcard/CardSession.h"

#include "idcard/IdentityTextDecoder.h"

namespace hallq::idcard {

ReaderError CardSession::command(ReaderTransport &transport, SamCommand cmd, SamReply *reply, int timeoutMs)
{
    QByteArray frame;
    if (ReaderError e = transport.transceive(SamCodec::request(cmd), &frame, timeoutMs))
        return e;
    if (ReaderError e = SamCodec::parse(frame, reply))
        return e;
    return ReaderError::fromSamStatus(reply->sw3);
}

ReaderError CardSession::findCard(ReaderTransport &transport, int timeoutMs)
{
    SamReply reply;
    return command(transport, SamCommand::FindCard, &reply, timeoutMs);
}

ReaderError CardSession::readCard(ReaderTransport &transport, int timeoutMs, QDate today, IdentityCard *card)
{
    SamReply reply;
    if (ReaderError e = command(transport, SamCommand::SelectCard, &reply, timeoutMs))
        return e;
    if (ReaderError e = command(transport, SamCommand::ReadText, &reply, timeoutMs))
        return e;
    SamTextBlock text;
    ReaderError e = SamCodec::textBlock(reply, &text);
    reply.data.fill('\0'); // the photo and text must not linger in freed memory
    if (!e)
        e = IdentityTextDecoder::decode(text.text, today, card);
    text.text.fill('\0');
    return e;
}

} // namespace hallq::idcard
