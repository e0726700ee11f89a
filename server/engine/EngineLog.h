#pragma once

#include <QLoggingCategory>

namespace hallq::engine {

// The engine's one logging category. Never log identity data through it.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)

} // namespace hallq::engine
