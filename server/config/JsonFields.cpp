#include "config/JsonFields.h"

#include "config/TimeText.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hallq::config {

JsonFields::JsonFields(const QJsonObject &object, const QString &path, const QString &file,
                       ConfigErrors &errors)
    : m_object(object), m_path(path), m_file(file), m_errors(errors)
{
}

QString JsonFields::pathOf(QAnyStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
}

QString JsonFields::elementPath(const QString &arrayPath, const QString &label)
{
    return arrayPath + u'[' + label + u']';
}

void JsonFields::error(QAnyStringView key, const QString &message)
{
    m_errors.add(m_file, pathOf(key), message);
}

void JsonFields::errorHere(const QString &message)
{
    m_errors.add(m_file, m_path, message);
}

QString JsonFields::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"the number %1"_s.arg(value.toDouble());
    case QJsonValue::String:
        return u"the string \"%1\""_s.arg(value.toString());
    case QJsonValue::Array:
        return u"a list"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

std::optional<QJsonValue> JsonFields::take(QLatin1StringView key, bool required)
{
    m_read.insert(key.toString());
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            error(key, u"is missing"_s);
        return std::nullopt;
    }
    return it.value();
}

std::optional<QJsonValue> JsonFields::take(QLatin1StringView key, bool required, QJsonValue::Type type)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value || value->type() == type)
        return value;
    static const QHash<QJsonValue::Type, QString> kinds{{QJsonValue::String, u"a string"_s},
                                                        {QJsonValue::Bool, u"true or false"_s},
                                                        {QJsonValue::Array, u"a list"_s},
                                                        {QJsonValue::Object, u"an object"_s}};
    error(key, u"must be %1, not %2"_s.arg(kinds.value(type), describe(*value)));
    return std::nullopt;
}

std::optional<QString> JsonFields::string(QLatin1StringView key)
{
    const std::optional<QJsonValue> value = take(key, true, QJsonValue::String);
    if (!value)
        return std::nullopt;
    if (value->toString().trimmed().isEmpty()) {
        error(key, u"must not be empty"_s);
        return std::nullopt;
    }
    return value->toString();
}

QString JsonFields::string(QLatin1StringView key, const QString &fallback)
{
    const std::optional<QJsonValue> value = take(key, false, QJsonValue::String);
    return value ? value->toString() : fallback;
}

std::optional<int> JsonFields::toInteger(QLatin1StringView key, const QJsonValue &value, int min, int max)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number) {
        error(key, u"must be a whole number, not %1"_s.arg(describe(value)));
        return std::nullopt;
    }
    if (number < min || number > max) {
        error(key, u"must be from %1 to %2, not %3"_s.arg(min).arg(max).arg(number));
        return std::nullopt;
    }
    return int(number);
}

std::optional<int> JsonFields::integer(QLatin1StringView key, int min, int max)
{
    const std::optional<QJsonValue> value = take(key, true);
    return value ? toInteger(key, *value, min, max) : std::nullopt;
}

int JsonFields::integer(QLatin1StringView key, int min, int max, int fallback)
{
    const std::optional<QJsonValue> value = take(key, false);
    if (!value)
        return fallback;
    return toInteger(key, *value, min, max).value_or(fallback);
}

double JsonFields::number(QLatin1StringView key, double min, double max, double fallback)
{
    const std::optional<QJsonValue> value = take(key, false);
    if (!value)
        return fallback;
    if (!value->isDouble()) {
        error(key, u"must be a number, not %1"_s.arg(describe(*value)));
        return fallback;
    }
    const double v = value->toDouble();
    if (!(v >= min && v <= max)) {
        error(key, u"must be between %1 and %2"_s.arg(min).arg(max));
        return fallback;
    }
    return v;
}

bool JsonFields::boolean(QLatin1StringView key, bool fallback)
{
    const std::optional<QJsonValue> value = take(key, false, QJsonValue::Bool);
    return value ? value->toBool() : fallback;
}

std::optional<QJsonArray> JsonFields::array(QLatin1StringView key, bool required)
{
    const std::optional<QJsonValue> value = take(key, required, QJsonValue::Array);
    return value ? std::optional<QJsonArray>(value->toArray()) : std::nullopt;
}

std::optional<QJsonObject> JsonFields::object(QLatin1StringView key, bool required)
{
    const std::optional<QJsonValue> value = take(key, required, QJsonValue::Object);
    return value ? std::optional<QJsonObject>(value->toObject()) : std::nullopt;
}

std::optional<QStringList> JsonFields::stringList(QLatin1StringView key, bool required)
{
    const std::optional<QJsonArray> list = array(key, required);
    if (!list)
        return std::nullopt;
    QStringList out;
    bool ok = true;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonValue item = list->at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            m_errors.add(m_file, elementPath(pathOf(key), QString::number(i)),
                         u"must be a non-empty string, not %1"_s.arg(describe(item)));
            ok = false;
            continue;
        }
        out.append(item.toString());
    }
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<QTime> JsonFields::clockTime(QLatin1StringView key)
{
    const std::optional<QString> text = string(key);
    if (!text)
        return std::nullopt;
    const std::optional<QTime> time = TimeText::parseTime(*text);
    if (!time)
        error(key, u"\"%1\" is not a time of day written HH:MM"_s.arg(*text));
    return time;
}

QTime JsonFields::clockTime(QLatin1StringView key, QTime fallback)
{
    if (!has(key)) {
        m_read.insert(key.toString());
        return fallback;
    }
    return clockTime(key).value_or(fallback);
}

QList<engine::TimeRange> JsonFields::timeRanges(QLatin1StringView key, bool required)
{
    const std::optional<QJsonArray> list = array(key, required);
    if (!list)
        return {};
    if (required && list->isEmpty())
        error(key, u"lists no session"_s);
    struct Entry
    {
        engine::TimeRange range;
        QString text;
        QString path;
    };
    QList<Entry> entries;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = elementPath(pathOf(key), QString::number(i));
        const QString text = list->at(i).toString();
        const std::optional<engine::TimeRange> range = TimeText::parseRange(text);
        if (!list->at(i).isString() || !range) {
            m_errors.add(m_file, at,
                         u"%1 is not a session written HH:MM-HH:MM"_s.arg(describe(list->at(i))));
            continue;
        }
        if (range->start >= range->end) {
            m_errors.add(m_file, at, u"\"%1\" does not end after it starts"_s.arg(text));
            continue;
        }
        entries.append(Entry{*range, text, at});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.range.start < b.range.start; });
    QList<engine::TimeRange> out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0 && entries[i].range.start < entries[i - 1].range.end) {
            m_errors.add(m_file, entries[i].path,
                         u"\"%1\" overlaps \"%2\""_s.arg(entries[i].text, entries[i - 1].text));
            continue;
        }
        out.append(entries[i].range);
    }
    return out;
}

void JsonFields::forEachObject(QLatin1StringView key, const QJsonArray &array, const ElementReader &read,
                               const ElementLabel &label)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            m_errors.add(m_file, elementPath(pathOf(key), QString::number(i)),
                         u"must be an object, not %1"_s.arg(describe(item)));
            continue;
        }
        const QJsonObject object = item.toObject();
        const QString name = label ? label(object, i) : QString::number(i);
        JsonFields element(object, elementPath(pathOf(key), name), m_file, m_errors);
        read(element, i);
        element.finish();
    }
}

void JsonFields::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()) && !it.key().startsWith(u'_'))
            error(it.key(), u"is not a known field (a typing error? comments go in keys starting with \"_\")"_s);
    }
}

} // namespace hallq::config
