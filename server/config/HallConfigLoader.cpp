#include "config/HallConfigLoader.h"

#include "config/ConfigLog.h"
#include "config/HallReader.h"
#include "config/JsonFile.h"

namespace hallq::config {

HallConfigLoader::Result HallConfigLoader::load(const QString &path)
{
    return JsonFile::loadWith<Result>(path, &HallConfigLoader::loadFromJson);
}

HallConfigLoader::Result HallConfigLoader::loadFromJson(const QByteArray &json, const QString &fileLabel,
                                                        const QString &baseDir)
{
    ConfigErrors errors;
    const std::optional<QJsonObject> root = JsonFile::parse(json, fileLabel, errors);
    if (!root)
        return errors;
    HallReader reader(fileLabel, JsonFile::baseDirFor(fileLabel, baseDir), errors);
    reader.read(*root);
    if (!errors.isEmpty()) {
        // The caller reports the errors themselves; this only marks the attempt in the log.
        qCInfo(lcConfig) << "hall file" << fileLabel << "has" << errors.size() << "problem(s)";
        return errors;
    }
    const LoadedHall &hall = reader.hall();
    qCInfo(lcConfig) << "hall" << hall.config.id << "loaded from" << fileLabel << ":" << hall.config.services.size()
                     << "services," << hall.config.windows.size() << "windows, calendar years"
                     << hall.extras.calendarYears;
    return hall;
}

} // namespace hallq::config
