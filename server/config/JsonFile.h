#pragma once

#include "config/ConfigErrors.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace hallq::config {

// Reads a configuration file whose top level must be a JSON object. Problems
// (missing, unreadable, not JSON, not an object) are added to `errors` with
// the line and column of a syntax error.
class JsonFile
{
public:
    static std::optional<QByteArray> read(const QString &path, const QString &fileLabel, ConfigErrors &errors);
    static std::optional<QJsonObject> parse(const QByteArray &json, const QString &fileLabel,
                                            ConfigErrors &errors);
    // Where relative paths in a file resolve: `baseDir`, or else the file's folder.
    static QString baseDirFor(const QString &fileLabel, const QString &baseDir = {});

    // The load(path) of every loader: reads `path`, then returns
    // fromJson(bytes, path, folder of path), or the read errors.
    template <typename Result, typename FromJson>
    static Result loadWith(const QString &path, FromJson fromJson)
    {
        ConfigErrors errors;
        const std::optional<QByteArray> json = read(path, path, errors);
        if (!json)
            return errors;
        return fromJson(*json, path, baseDirFor(path));
    }
};

} // namespace hallq::config
