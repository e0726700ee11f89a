#include "protocol/Envelope.h"

#include "protocol/ProtocolLog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace hallq::protocol {
namespace {

using namespace Qt::StringLiterals;

Error reject(ErrorCode code, QString message)
{
    // The frame itself is never logged: it may carry an ID number.
    qCDebug(lcProtocol) << "frame rejected:" << toString(code) << message;
    return Error{code, std::move(message)};
}

// Depth of nested containers, the value itself counting as 1. Stops as soon
// as the limit is passed so a hostile frame costs no more than it must.
bool deeperThan(const QJsonValue &v, int limit, int depth = 1)
{
    if (depth > limit)
        return true;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if ((it->isObject() || it->isArray()) && deeperThan(*it, limit, depth + 1))
                return true;
        }
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if ((item.isObject() || item.isArray()) && deeperThan(item, limit, depth + 1))
                return true;
        }
    }
    return false;
}

// id and seq: a positive integer that JSON doubles carry exactly.
std::optional<qint64> positiveInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || d < 1 || d > 9007199254740992.0)
        return std::nullopt;
    return qint64(d); // exact below 2^53; QJsonValue::toInteger is off by one in Qt 6.4 for some values
}

std::optional<Error> readCounter(const QJsonObject &o, QLatin1StringView key, qint64 &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    const auto n = positiveInteger(v);
    if (!n)
        return reject(ErrorCode::Malformed, u"'%1' must be a positive integer"_s.arg(key));
    out = *n;
    return std::nullopt;
}

std::optional<Error> readError(const QJsonObject &o, Envelope &e)
{
    const QJsonValue v = o.value("error"_L1);
    if (v.isUndefined())
        return *e.ok ? std::nullopt : std::optional(reject(ErrorCode::Malformed, u"failed reply without 'error'"_s));
    const QJsonObject error = v.toObject();
    if (!v.isObject() || !error.value("code"_L1).isString() || !error.value("message"_L1).isString())
        return reject(ErrorCode::Malformed, u"'error' must be {code, message} strings"_s);
    const QString code = error.value("code"_L1).toString();
    // A code from a newer peer is kept as internal rather than refused.
    e.error = Error{errorCodeFromString(code).value_or(ErrorCode::Internal), error.value("message"_L1).toString()};
    return std::nullopt;
}

std::optional<Error> readEnvelope(const QJsonObject &o, Envelope &e)
{
    const QJsonValue type = o.value("type"_L1);
    if (!type.isString() || type.toString().isEmpty())
        return reject(ErrorCode::Malformed, u"'type' must be a non-empty string"_s);
    e.type = type.toString();
    if (auto err = readCounter(o, "id"_L1, e.id))
        return err;
    if (auto err = readCounter(o, "seq"_L1, e.seq))
        return err;
    const QJsonValue ok = o.value("ok"_L1);
    if (!ok.isUndefined()) {
        if (!ok.isBool())
            return reject(ErrorCode::Malformed, u"'ok' must be true or false"_s);
        e.ok = ok.toBool();
        if (auto err = readError(o, e))
            return err;
    }
    const QJsonValue body = o.value("body"_L1);
    if (!body.isUndefined() && !body.isObject())
        return reject(ErrorCode::Malformed, u"'body' must be an object"_s);
    e.body = body.toObject();
    return std::nullopt;
}

} // namespace

std::variant<Envelope, Error> parseEnvelope(const QByteArray &frame, const Limits &limits)
{
    if (frame.size() > limits.maxFrameBytes)
        return reject(ErrorCode::TooLarge, u"frame of %1 bytes exceeds %2"_s.arg(frame.size()).arg(limits.maxFrameBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Invalid UTF-8 (keys and strings) lands here too: Qt's parser refuses it.
        // Qt's own nesting guard fires long before ours would be reached.
        const ErrorCode code =
            parseError.error == QJsonParseError::DeepNesting ? ErrorCode::TooDeep : ErrorCode::Malformed;
        return reject(code, u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject())
        return reject(ErrorCode::Malformed, u"frame must be a JSON object"_s);
    const QJsonObject root = doc.object();
    if (deeperThan(root, limits.maxDepth))
        return reject(ErrorCode::TooDeep, u"nesting deeper than %1"_s.arg(limits.maxDepth));
    Envelope e;
    if (auto err = readEnvelope(root, e))
        return *err;
    return e;
}

QByteArray serialize(const Envelope &e)
{
    QJsonObject o;
    o.insert("type"_L1, e.type);
    if (e.id > 0)
        o.insert("id"_L1, e.id);
    if (e.seq > 0)
        o.insert("seq"_L1, e.seq);
    if (e.ok)
        o.insert("ok"_L1, *e.ok);
    if (e.error) {
        o.insert("error"_L1, QJsonObject{{"code"_L1, toString(e.error->code)}, {"message"_L1, e.error->message}});
    }
    if (e.ok != false)
        o.insert("body"_L1, e.body);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace hallq::protocol
