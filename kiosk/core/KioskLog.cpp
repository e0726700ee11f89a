#include "core/KioskLog.h"

Q_LOGGING_CATEGORY(lcKiosk, "hallq.kiosk")
