#pragma once

#include <QString>

#include <optional>

namespace hallq::printer {

// Replaces each {name} in `text` by lookup(name). lookup returns
// std::optional<QString>; nullopt abandons the whole text (so does an
// unclosed brace): the caller leaves that line out.
template <typename Lookup>
std::optional<QString> expandPlaceholders(const QString &text, Lookup lookup)
{
    if (!text.contains(u'{'))
        return text;
    QString out;
    out.reserve(text.size() + 32);
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(u'{', at);
        if (open < 0) {
            out += QStringView(text).mid(at);
            break;
        }
        const qsizetype close = text.indexOf(u'}', open);
        if (close < 0)
            return std::nullopt;
        out += QStringView(text).mid(at, open - at);
        const std::optional<QString> value = lookup(QStringView(text).mid(open + 1, close - open - 1));
        if (!value)
            return std::nullopt;
        out += *value;
        at = close + 1;
    }
    return out;
}

} // namespace hallq::printer
