#include "config/ConfigLog.h"

namespace hallq::config {

// Debug output (which calendar file was read) only when asked for.
Q_LOGGING_CATEGORY(lcConfig, "hallq.config", QtInfoMsg)

} // namespace hallq::config
