#pragma once

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

#include "printer/PrinterSpec.h"

namespace hallq::test {

// ippeveprinter (cups-ipp-utils) as a second, real IPP Everywhere printer on
// a free port, with its own D-Bus daemon (it wants one even with -r off).
// Every job it prints is copied into outputDir() by its -c command. Media
// levels are set through its web page, e.g. to run out of paper. The
// destructor stops both processes even when the test failed.
class IppEveFixture
{
public:
    IppEveFixture();
    ~IppEveFixture();
    IppEveFixture(const IppEveFixture &) = delete;
    IppEveFixture &operator=(const IppEveFixture &) = delete;

    bool start(QString *error);
    void stop();

    printer::PrinterSpec spec() const;
    QString outputDir() const { return m_dir.path() + QStringLiteral("/out"); }
    // The bytes of the n-th printed job (1-based), waiting for it to appear.
    QByteArray waitForJobOutput(int count, int timeoutMs);
    // Sets the main tray's sheet count (0 = paper out) through the web page.
    bool setPaperLevel(int sheets);
    QString log() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_dbus;
    std::unique_ptr<QProcess> m_printer;
    quint16 m_port = 0;
};

} // namespace hallq::test
