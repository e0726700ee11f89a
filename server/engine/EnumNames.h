#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace hallq::engine {

// Reverse lookup for the stable names: the enums are contiguous from 0 and
// their toString() returns an empty string past the last value, so the
// switch in toString() stays the single table (and -Wswitch guards it).
template <class E>
std::optional<E> enumFromName(QStringView name)
{
    for (int i = 0;; ++i) {
        const auto value = static_cast<E>(i);
        const QString candidate = toString(value);
        if (candidate.isEmpty())
            return std::nullopt;
        if (candidate == name)
            return value;
    }
}

} // namespace hallq::engine
