#pragma once

#include <QProcess>

#include <memory>

namespace hallq::test {

// SIGTERM, a grace period, then SIGKILL: fixtures never leave a process behind.
inline void stopProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    process.reset();
}

} // namespace hallq::test
