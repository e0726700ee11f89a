#include "protocol/ProtocolLog.h"

namespace hallq::protocol {
// Rejected frames are logged at debug level: off unless asked for.
Q_LOGGING_CATEGORY(lcProtocol, "hallq.protocol", QtInfoMsg)
}
