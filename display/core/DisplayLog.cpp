#include "core/DisplayLog.h"

Q_LOGGING_CATEGORY(lcDisplay, "hallq.display")
