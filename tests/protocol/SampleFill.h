#pragma once

// Fills any described wire struct with distinct, valid values so a round
// trip exercises every field: each field gets its own counter value, so a
// field encoded under another field's name cannot come back equal.

#include "protocol/Protocol.h"

#include <QTimeZone>
#include <algorithm>

namespace hallq::protocol::test {

struct Fill
{
    int counter = 0;
    bool withOptionals = true;

    template <class T>
    void value(T &out, const FieldOptions &o)
    {
        ++counter;
        if constexpr (std::is_same_v<T, QString>) {
            out = string(o);
        } else if constexpr (std::is_same_v<T, bool>) {
            out = counter % 2 == 1;
        } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, qint64>) {
            const qint64 lo = std::max<qint64>(o.min, std::numeric_limits<T>::min());
            const qint64 hi = std::min<qint64>(o.max, std::numeric_limits<T>::max());
            out = static_cast<T>(std::clamp<qint64>(counter * 7 + 1, lo, hi));
        } else if constexpr (std::is_same_v<T, double>) {
            out = counter + 0.25;
        } else if constexpr (std::is_same_v<T, QDateTime>) {
            out = QDateTime(QDate(2026, 11, 29), QTime(6, counter % 60, 0, counter % 1000), QTimeZone::utc());
        } else if constexpr (detail::IsOptional<T>::value) {
            if (withOptionals)
                value(out.emplace(), o);
            else
                out.reset();
        } else if constexpr (Described<T>) {
            object(out);
        } else { // QList<X>: two items
            out.clear();
            value(out.emplace_back(), o);
            value(out.emplace_back(), o);
        }
    }

    template <Described T>
    void object(T &out)
    {
        std::apply([&](const auto &...f) { (value(out.*f.member, f.options), ...); }, T::fields());
    }

    QString string(const FieldOptions &o) const
    {
        if (o.validate == &IdNumber::isValidNow)
            return QStringLiteral("11010519491231002X");
        if (o.validate == &IdNumber::isMasked)
            return IdNumber::mask(u"11010519491231002X");
        if (o.validate == &isMaskedName)
            return QStringLiteral("张*");
        if (!o.oneOf.empty()) {
            const std::string_view v = o.oneOf[std::size_t(counter) % o.oneOf.size()];
            return QString::fromLatin1(v.data(), qsizetype(v.size()));
        }
        return QStringLiteral("窗口值-%1").arg(counter);
    }
};

template <Described T>
T sample(bool withOptionals = true, int start = 0)
{
    Fill fill{start, withOptionals};
    T out{};
    fill.object(out);
    return out;
}

} // namespace hallq::protocol::test
