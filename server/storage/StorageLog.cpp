#include "storage/StorageLog.h"

namespace hallq::storage {

Q_LOGGING_CATEGORY(lcStorage, "hallq.storage")

} // namespace hallq::storage
