#pragma once

#include "config/ConfigErrors.h"
#include "engine/HallConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>
#include <functional>
#include <optional>

namespace hallq::config {

// Typed, path-aware access to the fields of one JSON object. Every getter
// reports a problem (missing, wrong type, out of range) as a ConfigError that
// names the file and the field's JSON path, then returns nullopt or the
// fallback, so that the caller carries on and all problems are collected.
// finish() reports the fields nobody asked for: a misspelt key is an error,
// not a silently ignored default. Keys starting with "_" are comments.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, const QString &path, const QString &file, ConfigErrors &errors);

    // Without a fallback the field is required (and a string must not be empty).
    std::optional<QString> string(QLatin1StringView key);
    QString string(QLatin1StringView key, const QString &fallback);
    std::optional<int> integer(QLatin1StringView key, int min, int max);
    int integer(QLatin1StringView key, int min, int max, int fallback);
    bool boolean(QLatin1StringView key, bool fallback);
    // Any JSON number within [min, max] (added for the simulator's scenarios).
    double number(QLatin1StringView key, double min, double max, double fallback);
    std::optional<QJsonArray> array(QLatin1StringView key, bool required = true);
    std::optional<QJsonObject> object(QLatin1StringView key, bool required = true);
    std::optional<QStringList> stringList(QLatin1StringView key, bool required = true);

    // "HH:MM" (00:00-23:59).
    std::optional<QTime> clockTime(QLatin1StringView key);
    QTime clockTime(QLatin1StringView key, QTime fallback);
    // A list of "HH:MM-HH:MM" sessions, each starting before it ends and none
    // overlapping another; returned sorted by start.
    QList<engine::TimeRange> timeRanges(QLatin1StringView key, bool required);

    // Reads every element of an array field that is an object with its own
    // JsonFields (finished afterwards); any other element is reported.
    // `label` may name an element by its content ("window 5") instead of its index.
    using ElementReader = std::function<void(JsonFields &element, qsizetype index)>;
    using ElementLabel = std::function<QString(const QJsonObject &element, qsizetype index)>;
    void forEachObject(QLatin1StringView key, const QJsonArray &array, const ElementReader &read,
                       const ElementLabel &label = {});

    bool has(QLatin1StringView key) const { return m_object.contains(key); }
    QString pathOf(QAnyStringView key) const;
    static QString elementPath(const QString &arrayPath, const QString &label);
    const QString &path() const { return m_path; }
    const QString &file() const { return m_file; }
    ConfigErrors &errors() { return m_errors; }

    void error(QAnyStringView key, const QString &message);
    void errorHere(const QString &message);
    // Reports unknown fields; call once after reading everything.
    void finish();

    static QString describe(const QJsonValue &value); // "a string", "a number", ...

private:
    std::optional<QJsonValue> take(QLatin1StringView key, bool required);
    // As take(), and reports a value of another type (then returns nullopt).
    std::optional<QJsonValue> take(QLatin1StringView key, bool required, QJsonValue::Type type);
    std::optional<int> toInteger(QLatin1StringView key, const QJsonValue &value, int min, int max);

    QJsonObject m_object;
    QString m_path;
    QString m_file;
    ConfigErrors &m_errors;
    QSet<QString> m_read;
};

} // namespace hallq::config
