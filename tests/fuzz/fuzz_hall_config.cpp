// libFuzzer target: a hall configuration file through the loader. It must
// either load (and then pass its own checks on a reload of what it read) or
// return errors; never crash, hang or read outside what the file names.
#include "config/HallConfigLoader.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

using namespace hallq::config;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    // Calendar files named relative to the shipped halls resolve to the shipped calendars.
    static const QString base = QStringLiteral(HALLQ_SOURCE_DIR "/resources/halls");
    const auto result = HallConfigLoader::loadFromJson(json, QStringLiteral("fuzz.json"), base);
    if (const auto *hall = std::get_if<LoadedHall>(&result)) {
        // What was accepted is accepted again, as the same hall.
        const auto again = HallConfigLoader::loadFromJson(QJsonDocument(hall->raw).toJson(), QStringLiteral("again.json"), base);
        const auto *second = std::get_if<LoadedHall>(&again);
        if (!second || second->config.services.size() != hall->config.services.size() ||
            second->config.windows.size() != hall->config.windows.size())
            std::abort();
    } else if (std::get<ConfigErrors>(result).isEmpty()) {
        std::abort(); // a refusal must say why
    }
    return 0;
}
