#pragma once

#include "protocol/ErrorCode.h"

#include <QCoreApplication>

namespace hallq::counter {

// What window staff read when the server refuses something: a translated
// sentence for the code, then the server's own detail.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const protocol::Error &error);
    // The sentence for the code alone.
    static QString forCode(protocol::ErrorCode code);
};

} // namespace hallq::counter
