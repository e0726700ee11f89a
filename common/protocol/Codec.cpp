#include "protocol/Codec.h"

#include <cmath>

namespace hallq::protocol::detail {
namespace {

using namespace Qt::StringLiterals;

// Integers travel as JSON numbers (doubles): beyond 2^53 they stop being exact.
constexpr qint64 kMaxExactInteger = qint64(1) << 53;

Error fieldError(const Path *path, const QString &problem, ErrorCode code = ErrorCode::BadField)
{
    return Error{code, u"field '%1' %2"_s.arg(render(path), problem)};
}

std::optional<Error> checkOneOf(const QString &value, const Context &c)
{
    if (c.options.oneOf.empty())
        return std::nullopt;
    QStringList allowed;
    for (std::string_view candidate : c.options.oneOf) {
        const QLatin1StringView name(candidate.data(), qsizetype(candidate.size()));
        if (value == name)
            return std::nullopt;
        allowed.append(name);
    }
    // The value itself is not echoed: it may be anything the peer sent.
    return fieldError(c.path, u"must be one of: %1"_s.arg(allowed.join(u", ")));
}

} // namespace

QString render(const Path *path)
{
    QList<const Path *> chain; // leaf first
    for (const Path *p = path; p; p = p->parent)
        chain.append(p);
    QString out;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        if ((*it)->name) {
            if (!out.isEmpty())
                out += u'.';
            out += QLatin1StringView((*it)->name);
        } else {
            out += u"[%1]"_s.arg((*it)->index);
        }
    }
    return out.isEmpty() ? u"body"_s : out;
}

Error missingField(const Path *path)
{
    return fieldError(path, u"is missing"_s);
}

Error wrongType(const Path *path, const char *expected)
{
    return fieldError(path, u"must be %1"_s.arg(QLatin1StringView(expected)));
}

std::optional<Error> decodeString(const QJsonValue &v, QString &out, const Context &c)
{
    if (!v.isString())
        return wrongType(c.path, "a string");
    QString s = v.toString();
    const qsizetype limit = maxLength(c.limits, c.options.length);
    if (s.size() > limit)
        return fieldError(c.path, u"is longer than %1 characters"_s.arg(limit));
    if (auto e = checkOneOf(s, c))
        return e;
    if (c.options.validate && !c.options.validate(s))
        return fieldError(c.path, u"is not valid"_s, c.options.invalidCode);
    out = std::move(s);
    return std::nullopt;
}

std::optional<Error> decodeBool(const QJsonValue &v, bool &out, const Context &c)
{
    if (!v.isBool())
        return wrongType(c.path, "true or false");
    out = v.toBool();
    return std::nullopt;
}

std::optional<Error> decodeInteger(const QJsonValue &v, qint64 &out, qint64 typeMin, qint64 typeMax,
                                   const Context &c)
{
    if (!v.isDouble())
        return wrongType(c.path, "an integer");
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > double(kMaxExactInteger))
        return wrongType(c.path, "an integer");
    // Exact: d is whole and within 2^53. (Qt 6.4's QJsonValue::toInteger
    // answered 13 for 12 here, so it is not used.)
    const qint64 i = qint64(d);
    const qint64 lo = std::max(typeMin, c.options.min);
    const qint64 hi = std::min(typeMax, c.options.max);
    if (i < lo || i > hi) {
        const QString range = hi == typeMax ? u"at least %1"_s.arg(lo) : u"between %1 and %2"_s.arg(lo).arg(hi);
        return fieldError(c.path, u"must be %1"_s.arg(range));
    }
    out = i;
    return std::nullopt;
}

std::optional<Error> decodeDouble(const QJsonValue &v, double &out, const Context &c)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return wrongType(c.path, "a number");
    out = v.toDouble();
    return std::nullopt;
}

std::optional<Error> decodeDateTime(const QJsonValue &v, QDateTime &out, const Context &c)
{
    static constexpr const char *kExpected = "an ISO-8601 time with a zone, e.g. 2026-11-29T06:30:00.000Z";
    if (!v.isString() || v.toString().size() > c.limits.maxString)
        return wrongType(c.path, kExpected);
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    // Without "Z" or an offset the time would be read as this machine's local time.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return wrongType(c.path, kExpected);
    out = t.toUTC();
    return std::nullopt;
}

std::optional<Error> checkList(const QJsonValue &v, const Context &c)
{
    if (!v.isArray())
        return wrongType(c.path, "a list");
    if (v.toArray().size() > c.limits.maxList)
        return fieldError(c.path, u"has more than %1 items"_s.arg(c.limits.maxList));
    return std::nullopt;
}

std::optional<Error> checkObject(const QJsonValue &v, const Context &c)
{
    if (!v.isObject())
        return wrongType(c.path, "an object");
    return std::nullopt;
}

QJsonValue encodeDateTime(const QDateTime &v)
{
    if (!v.isValid())
        return QJsonValue(QJsonValue::Null); // decodes as missing: a required time must be set
    return v.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace hallq::protocol::detail
