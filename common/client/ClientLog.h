#pragma once

#include <QLoggingCategory>

// The one logging category of the client library: "hallq.client".
Q_DECLARE_LOGGING_CATEGORY(lcClient)
