#pragma once

#include <QLoggingCategory>

namespace hallq::sim {

// The simulator's one logging category.
Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace hallq::sim
