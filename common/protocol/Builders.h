#pragma once

// Building envelopes from typed messages, and reading typed replies.

#include "protocol/Envelope.h"
#include "protocol/MessageTable.h"

namespace hallq::protocol {

template <class Request>
Envelope makeRequest(const Request &request, qint64 id)
{
    return Envelope{.type = MessageTraits<Request>::name(), .id = id, .body = encode(request)};
}

// The caller picks the reply struct; replyTypeOf<Request> says which one.
template <class Reply>
Envelope makeReply(const Envelope &request, const Reply &reply)
{
    return Envelope{.type = request.type, .id = request.id, .ok = true, .body = encode(reply)};
}

Envelope makeError(const Envelope &request, ErrorCode code, QString message);
Envelope makeError(const Envelope &request, Error error);

// A ticket event never carries identityMasked or nameMasked: displays and
// other windows have no business with them, so they are stripped here rather
// than trusted.
template <class Event>
Envelope makeEvent(Event event, qint64 seq)
{
    if constexpr (std::is_same_v<Event, TicketEvent>) {
        event.ticket.identityMasked.reset();
        event.ticket.nameMasked.reset();
    }
    return Envelope{.type = EventTraits<Event>::name(), .seq = seq, .body = encode(event)};
}

// Client side: the typed reply to a Request, or the server's error, or a
// bad_field error when the body does not decode.
template <class Request>
std::variant<replyTypeOf<Request>, Error> decodeReply(const Envelope &reply,
                                                     const Limits &limits = Limits::forServerMessages())
{
    if (reply.ok == false)
        return reply.error.value_or(Error{ErrorCode::Malformed, QStringLiteral("error reply without error")});
    return decode<replyTypeOf<Request>>(reply.body, limits);
}

} // namespace hallq::protocol
