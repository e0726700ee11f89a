#include "engine/EngineLog.h"

namespace hallq::engine {

// Per-operation traces are debug: off unless QT_LOGGING_RULES asks for them.
Q_LOGGING_CATEGORY(lcEngine, "hallq.engine", QtInfoMsg)

} // namespace hallq::engine
