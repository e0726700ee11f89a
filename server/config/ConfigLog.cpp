#include "config/ConfigLog.h"

namespace hallq::config {

Q_LOGGING_CATEGORY(lcConfig, "hallq.config")

} // namespace hallq::config
