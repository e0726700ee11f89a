#pragma once

#include <QLoggingCategory>

// The one logging category of the display: "hallq.display".
Q_DECLARE_LOGGING_CATEGORY(lcDisplay)
