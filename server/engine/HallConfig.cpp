#include "engine/HallConfig.h"

namespace hallq::engine {

const ServiceConfig *HallConfig::service(QStringView id) const
{
    for (const ServiceConfig &s : services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const WindowConfig *HallConfig::window(int number) const
{
    for (const WindowConfig &w : windows) {
        if (w.number == number)
            return &w;
    }
    return nullptr;
}

} // namespace hallq::engine
