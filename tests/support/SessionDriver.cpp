#include "support/SessionDriver.h"

#include <catch2/catch.hpp>

namespace hallq::test {

void SessionDriver::failWith(const QString &message)
{
    FAIL(message.toStdString());
    std::abort(); // FAIL throws; never reached
}

} // namespace hallq::test
