#include "config/JsonFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace hallq::config {

std::optional<QByteArray> JsonFile::read(const QString &path, const QString &fileLabel, ConfigErrors &errors)
{
    QFile file(path);
    if (!file.exists()) {
        errors.add(fileLabel, QString(), u"file not found"_s);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        errors.add(fileLabel, QString(), u"cannot be read: %1"_s.arg(file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QJsonObject> JsonFile::parse(const QByteArray &json, const QString &fileLabel,
                                           ConfigErrors &errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Editors show line:column, not byte offsets.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        errors.add(fileLabel, QString(),
                   u"not valid JSON at line %1, column %2: %3"_s.arg(line).arg(column).arg(
                       parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.add(fileLabel, QString(), u"must hold a JSON object at the top level"_s);
        return std::nullopt;
    }
    return document.object();
}

QString JsonFile::baseDirFor(const QString &fileLabel, const QString &baseDir)
{
    return baseDir.isEmpty() ? QFileInfo(fileLabel).absolutePath() : baseDir;
}

} // namespace hallq::config
