#include "engine/EngineLog.h"

namespace hallq::engine {

Q_LOGGING_CATEGORY(lcEngine, "hallq.engine")

} // namespace hallq::engine
