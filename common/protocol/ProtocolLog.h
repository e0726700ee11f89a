#pragma once

#include <QLoggingCategory>

namespace hallq::protocol {
Q_DECLARE_LOGGING_CATEGORY(lcProtocol) // "hallq.protocol"
}
