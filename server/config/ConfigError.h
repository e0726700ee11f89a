#pragma once

#include <QString>

namespace hallq::config {

// One problem in a configuration file: which file, which entry (a JSON path
// such as `services[3].prefix`, empty for the whole file) and what is wrong.
struct ConfigError
{
    QString file;
    QString path;
    QString message;

    QString toString() const;
    bool operator==(const ConfigError &) const = default;
};

} // namespace hallq::config
