#pragma once

#include <QString>
#include <optional>

namespace hallq::net {

// Command-line overrides of the settings file.
struct ServerOptions
{
    QString settingsFile;            // resources/server.json by default
    std::optional<QString> dataDir;
    std::optional<QString> listenAddress;
    std::optional<int> port;         // 0: any free port
    std::optional<QString> hallFile; // overrides the settings' hall and any imported one
};

} // namespace hallq::net
