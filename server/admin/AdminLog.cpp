#include "admin/AdminLog.h"

namespace hallq::admin {

Q_LOGGING_CATEGORY(lcAdmin, "hallq.admin")

} // namespace hallq::admin
