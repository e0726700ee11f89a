#include "protocol/ProtocolLog.h"

namespace hallq::protocol {
Q_LOGGING_CATEGORY(lcProtocol, "hallq.protocol")
}
