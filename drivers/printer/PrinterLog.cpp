#include "printer/PrinterLog.h"

namespace hallq::printer {
Q_LOGGING_CATEGORY(lcPrinter, "hallq.printer", QtInfoMsg)
}
