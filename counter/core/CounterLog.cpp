#include "counter/core/CounterLog.h"

Q_LOGGING_CATEGORY(lcCounter, "hallq.counter")
