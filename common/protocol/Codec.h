#pragma once

#include "protocol/ErrorCode.h"
#include "protocol/Limits.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <variant>

// The generic JSON codec. A wire struct declares its fields once:
//
//   struct WindowPauseRequest {
//       int window = 0;
//       QString reason;
//       static constexpr auto fields() {
//           return std::tuple{field("window", &WindowPauseRequest::window, {.min = 1}),
//                             field("reason", &WindowPauseRequest::reason, {.oneOf = wire::kPauseReasons})};
//       }
//   };
//
// and encode()/decode<T>() walk that tuple. Supported member types: QString,
// bool, int, qint64, double, QDateTime (ISO-8601 UTC with ms), QList<T>
// (QStringList included), std::optional<T> and nested described structs.
// Unknown JSON fields are ignored; null reads like absent.
namespace hallq::protocol {

struct FieldOptions
{
    bool required = true;                        // false: absent keeps the struct's default
    StringLimit length = StringLimit::Default;   // strings (and string list items)
    qint64 min = std::numeric_limits<qint64>::min(); // integers
    qint64 max = std::numeric_limits<qint64>::max();
    std::span<const std::string_view> oneOf{};   // strings: the allowed values; empty = any
    bool (*validate)(QStringView) = nullptr;     // strings: an extra check ...
    ErrorCode invalidCode = ErrorCode::BadField; // ... and the code when it fails
};

template <class C, class M>
struct Field
{
    const char *name;
    M C::*member;
    FieldOptions options;
};

template <class C, class M>
constexpr Field<C, M> field(const char *name, M C::*member, FieldOptions options = {})
{
    return {name, member, options};
}

template <class T>
concept Described = requires { T::fields(); };

namespace detail {

// Where a value sits in the body, rendered only when an error names it:
// "snapshot.services[2].name".
struct Path
{
    const Path *parent = nullptr;
    const char *name = nullptr; // null for a list item
    qsizetype index = -1;
};
QString render(const Path *path);

struct Context
{
    const Limits &limits;
    const FieldOptions &options;
    const Path *path;
};

Error missingField(const Path *path);
Error wrongType(const Path *path, const char *expected);

std::optional<Error> decodeString(const QJsonValue &v, QString &out, const Context &c);
std::optional<Error> decodeBool(const QJsonValue &v, bool &out, const Context &c);
std::optional<Error> decodeInteger(const QJsonValue &v, qint64 &out, qint64 typeMin, qint64 typeMax,
                                   const Context &c);
std::optional<Error> decodeDouble(const QJsonValue &v, double &out, const Context &c);
std::optional<Error> decodeDateTime(const QJsonValue &v, QDateTime &out, const Context &c);
std::optional<Error> checkList(const QJsonValue &v, const Context &c);
std::optional<Error> checkObject(const QJsonValue &v, const Context &c);
QJsonValue encodeDateTime(const QDateTime &v);

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

} // namespace detail

template <class T>
struct ValueCodec; // specialised per supported member type below

template <>
struct ValueCodec<QString>
{
    static QJsonValue encode(const QString &v) { return v; }
    static std::optional<Error> decode(const QJsonValue &j, QString &out, const detail::Context &c)
    {
        return detail::decodeString(j, out, c);
    }
};

template <>
struct ValueCodec<bool>
{
    static QJsonValue encode(bool v) { return v; }
    static std::optional<Error> decode(const QJsonValue &j, bool &out, const detail::Context &c)
    {
        return detail::decodeBool(j, out, c);
    }
};

template <class I>
    requires(std::is_same_v<I, int> || std::is_same_v<I, qint64>)
struct ValueCodec<I>
{
    static QJsonValue encode(I v) { return qint64(v); }
    static std::optional<Error> decode(const QJsonValue &j, I &out, const detail::Context &c)
    {
        qint64 wide = 0;
        if (auto e = detail::decodeInteger(j, wide, std::numeric_limits<I>::min(), std::numeric_limits<I>::max(), c))
            return e;
        out = static_cast<I>(wide);
        return std::nullopt;
    }
};

template <>
struct ValueCodec<double>
{
    static QJsonValue encode(double v) { return v; }
    static std::optional<Error> decode(const QJsonValue &j, double &out, const detail::Context &c)
    {
        return detail::decodeDouble(j, out, c);
    }
};

template <>
struct ValueCodec<QDateTime>
{
    static QJsonValue encode(const QDateTime &v) { return detail::encodeDateTime(v); }
    static std::optional<Error> decode(const QJsonValue &j, QDateTime &out, const detail::Context &c)
    {
        return detail::decodeDateTime(j, out, c);
    }
};

template <class T>
struct ValueCodec<std::optional<T>>
{
    static QJsonValue encode(const std::optional<T> &v) { return v ? ValueCodec<T>::encode(*v) : QJsonValue(); }
    static std::optional<Error> decode(const QJsonValue &j, std::optional<T> &out, const detail::Context &c)
    {
        return ValueCodec<T>::decode(j, out.emplace(), c);
    }
};

// List items share the list's options (a string list's items obey its length/oneOf).
template <class T>
struct ValueCodec<QList<T>>
{
    static QJsonValue encode(const QList<T> &v)
    {
        QJsonArray a;
        for (const T &item : v)
            a.append(ValueCodec<T>::encode(item));
        return a;
    }
    static std::optional<Error> decode(const QJsonValue &j, QList<T> &out, const detail::Context &c)
    {
        if (auto e = detail::checkList(j, c))
            return e;
        const QJsonArray a = j.toArray();
        out.clear();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const detail::Path itemPath{c.path, nullptr, i};
            const detail::Context itemContext{c.limits, c.options, &itemPath};
            if (auto e = ValueCodec<T>::decode(a.at(i), out.emplace_back(), itemContext))
                return e;
        }
        return std::nullopt;
    }
};

namespace detail {

template <class T, class C, class M>
void encodeField(QJsonObject &object, const T &value, const Field<C, M> &f)
{
    const M &member = value.*f.member;
    if constexpr (IsOptional<M>::value) {
        if (!member)
            return;
    }
    object.insert(QLatin1StringView(f.name), ValueCodec<M>::encode(member));
}

template <class T, class C, class M>
std::optional<Error> decodeField(const QJsonObject &object, T &out, const Field<C, M> &f, const Limits &limits,
                                 const Path *parent)
{
    const Path path{parent, f.name, -1};
    const QJsonValue v = object.value(QLatin1StringView(f.name));
    M &member = out.*f.member;
    if (v.isUndefined() || v.isNull()) {
        if constexpr (IsOptional<M>::value) {
            member.reset();
            return std::nullopt;
        } else {
            if (!f.options.required)
                return std::nullopt;
            return missingField(&path);
        }
    }
    const Context c{limits, f.options, &path};
    return ValueCodec<M>::decode(v, member, c);
}

template <Described T>
std::optional<Error> decodeFields(const QJsonObject &object, T &out, const Limits &limits, const Path *parent)
{
    std::optional<Error> error;
    // Stops at the first failing field; (void) because an empty fold is just `true`.
    std::apply([&](const auto &...f) { (void)(((error = decodeField(object, out, f, limits, parent), !error) && ...)); },
               T::fields());
    return error;
}

} // namespace detail

template <Described T>
QJsonObject encode(const T &value)
{
    QJsonObject object;
    std::apply([&](const auto &...f) { (detail::encodeField(object, value, f), ...); }, T::fields());
    return object;
}

template <Described T>
std::variant<T, Error> decode(const QJsonObject &object, const Limits &limits = {})
{
    T out{};
    if (auto e = detail::decodeFields(object, out, limits, nullptr))
        return *e;
    return out;
}

template <Described T>
struct ValueCodec<T>
{
    static QJsonValue encode(const T &v) { return protocol::encode(v); }
    static std::optional<Error> decode(const QJsonValue &j, T &out, const detail::Context &c)
    {
        if (auto e = detail::checkObject(j, c))
            return e;
        return detail::decodeFields(j.toObject(), out, c.limits, c.path);
    }
};

} // namespace hallq::protocol
