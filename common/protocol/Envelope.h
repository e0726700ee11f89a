#pragma once

#include "protocol/ErrorCode.h"
#include "protocol/Limits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <variant>

namespace hallq::protocol {

// One WebSocket text frame:
//   request {"type":"call.next","id":7,"body":{...}}
//   reply   {"type":"call.next","id":7,"ok":true,"body":{...}}
//           {"type":"call.next","id":7,"ok":false,"error":{"code":"window_busy","message":"..."}}
//   event   {"type":"event.call","seq":42,"body":{...}}
struct Envelope
{
    QString type{};
    qint64 id = 0;              // request id chosen by the client (> 0), echoed in the reply
    qint64 seq = 0;             // events only: per hall, strictly increasing (> 0)
    std::optional<bool> ok{};   // replies only
    QJsonObject body{};
    std::optional<Error> error{}; // replies with ok == false

    bool isReply() const { return ok.has_value(); }
    bool isEvent() const { return seq > 0; }
    bool isRequest() const { return !isReply() && !isEvent(); }

    bool operator==(const Envelope &) const = default;
};

// Checks size, UTF-8 and JSON validity, depth, that the frame is an object,
// type a non-empty string, id/seq positive integers when present, ok a bool,
// body an object, error {code, message}. An error code this build does not
// know (a newer server) is read as ErrorCode::Internal, message kept.
// Does NOT check that the type is known: see findRequest/findEvent.
std::variant<Envelope, Error> parseEnvelope(const QByteArray &frame, const Limits &limits = {});

// Compact JSON; id/seq/ok/body/error appear only when set (body is always
// written for requests and successful replies, even when empty).
QByteArray serialize(const Envelope &e);

} // namespace hallq::protocol
