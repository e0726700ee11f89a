#include "config/TimeText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hallq::config {

std::optional<QTime> TimeText::parseTime(QStringView text)
{
    static const QRegularExpression pattern(u"^([01][0-9]|2[0-3]):([0-5][0-9])$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QTime(match.capturedView(1).toInt(), match.capturedView(2).toInt());
}

std::optional<engine::TimeRange> TimeText::parseRange(QStringView text)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0)
        return std::nullopt;
    const std::optional<QTime> start = parseTime(text.left(dash));
    const std::optional<QTime> end = parseTime(text.mid(dash + 1));
    if (!start || !end)
        return std::nullopt;
    return engine::TimeRange{*start, *end};
}

std::optional<QDate> TimeText::parseDate(QStringView text)
{
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString TimeText::formatTime(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

} // namespace hallq::config
