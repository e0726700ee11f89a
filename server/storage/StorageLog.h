#pragma once

#include <QLoggingCategory>

namespace hallq::storage {

// The storage module's one logging category ("hallq.storage").
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace hallq::storage
