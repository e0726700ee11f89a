#pragma once

#include <QLoggingCategory>

namespace hallq::config {

Q_DECLARE_LOGGING_CATEGORY(lcConfig)

} // namespace hallq::config
