#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "printer/PrinterSpec.h"

namespace hallq::test {

// A private cupsd for one test: its own config, spool, logs and backends in a
// temp dir, listening on a free loopback port and its own socket. Queues use
// the "capture" backend, which writes each job to <captureDir>/job-<id>.bin
// and injects faults on demand (a file "fault" holding a printer-state-reasons
// keyword makes it report that and stop the queue, like a printer out of
// paper; a file "delay" holding seconds makes it slow). The destructor stops
// cupsd even when the test failed.
class CupsdFixture
{
public:
    CupsdFixture();
    ~CupsdFixture();
    CupsdFixture(const CupsdFixture &) = delete;
    CupsdFixture &operator=(const CupsdFixture &) = delete;

    // Starts cupsd and waits until it answers; false with *error (and the log) otherwise.
    bool start(QString *error);
    void stop();
    bool isRunning() const;

    QString socketPath() const { return m_dir.path() + QStringLiteral("/cups.sock"); }
    quint16 port() const { return m_port; }

    bool addCaptureQueue(const QString &queue, QString *error);
    // lpadmin, cupsenable, cupsdisable, cupsreject, cupsaccept … against this cupsd.
    bool runTool(const QString &tool, QStringList args, QString *output = nullptr);

    QString captureDir(const QString &queue) const;
    void setFault(const QString &queue, const QString &keyword);
    void clearFault(const QString &queue);
    void setDelaySeconds(const QString &queue, int seconds);
    QString capturedPath(const QString &queue, int jobId) const;
    bool waitForCapture(const QString &queue, int jobId, int timeoutMs);
    QByteArray captured(const QString &queue, int jobId) const;

    printer::PrinterSpec spec(const QString &queue) const;
    QString errorLog() const;

private:
    void writeFile(const QString &relative, const QByteArray &content, int mode = 0644);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_cupsd;
    quint16 m_port = 0;
};

} // namespace hallq::test
