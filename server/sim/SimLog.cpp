#include "sim/SimLog.h"

namespace hallq::sim {

Q_LOGGING_CATEGORY(lcSim, "hallq.sim", QtInfoMsg)

} // namespace hallq::sim
