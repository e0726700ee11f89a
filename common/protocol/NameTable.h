#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace hallq::protocol::detail {

// A fixed enum <-> stable wire name table (roles, error codes): one list,
// looked up both ways. Small enough that a linear scan is the fastest.
template <class E, std::size_t N>
struct NameTable
{
    std::array<std::pair<E, QLatin1StringView>, N> entries;

    QString name(E value) const
    {
        for (const auto &[v, n] : entries) {
            if (v == value)
                return n;
        }
        Q_UNREACHABLE();
        return {};
    }

    std::optional<E> find(QStringView name) const
    {
        for (const auto &[v, n] : entries) {
            if (name == n)
                return v;
        }
        return std::nullopt;
    }

    QList<E> values() const
    {
        QList<E> all;
        for (const auto &entry : entries)
            all.append(entry.first);
        return all;
    }
};

} // namespace hallq::protocol::detail
