#pragma once

#include "config/HallExtras.h"
#include "engine/HallConfig.h"

#include <QJsonObject>
#include <QString>

namespace hallq::config {

// A validated hall file: what the engine needs, what the rest of the server
// needs, and the JSON as read (for `hallq-admin config import` and clients).
struct LoadedHall
{
    engine::HallConfig config;
    HallExtras extras;
    QJsonObject raw;
    QString sourceFile; // the file label errors would have named
};

} // namespace hallq::config
