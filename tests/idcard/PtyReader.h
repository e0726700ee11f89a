#pragma once

#include <QString>

#include <atomic>
#include <thread>

#include "FakeSam.h"

namespace hallq::test {

// A UART card reader on the far end of a pseudo-terminal pair: a thread reads
// request frames from the master side and writes FakeSam's replies back in
// small chunks, as a 115200 Bd line would deliver them. The reader under test
// opens link() — a symlink to the slave — so "replugging" (a new pty) keeps
// the same device path. The destructor stops the thread and closes the pty.
class PtyReader
{
public:
    explicit PtyReader(FakeSam &sam, const QString &link);
    ~PtyReader();
    PtyReader(const PtyReader &) = delete;
    PtyReader &operator=(const PtyReader &) = delete;

    bool plug(QString *error);  // opens a new pty and points the link at it
    void unplug();              // closes the master: the slave side sees a hang-up
    QString link() const { return m_link; }

private:
    void serve();

    FakeSam &m_sam;
    QString m_link;
    int m_master = -1;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace hallq::test
