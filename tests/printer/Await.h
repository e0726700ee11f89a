#pragma once

#include <catch2/catch.hpp>

#include <QFuture>
#include <QTest>

namespace hallq::test {

// Waits (running the event loop) until the future finished; fails the test otherwise.
template <typename T>
T await(QFuture<T> future, int timeoutMs = 20000)
{
    const bool finished = QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
    REQUIRE(finished);
    return future.result();
}

} // namespace hallq::test
