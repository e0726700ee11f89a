#pragma once

#include <QLoggingCategory>

namespace hallq::admin {

Q_DECLARE_LOGGING_CATEGORY(lcAdmin)

} // namespace hallq::admin
