#pragma once

#include <QLoggingCategory>

namespace hallq::printer {
Q_DECLARE_LOGGING_CATEGORY(lcPrinter) // "hallq.printer"
}
