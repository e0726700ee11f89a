#pragma once

#include <QLoggingCategory>

namespace hallq::idcard {
Q_DECLARE_LOGGING_CATEGORY(lcIdCard) // "hallq.idcard"
}
