#include "IppEveFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

#include "FixtureProcess.h"
#include "printer/CupsClient.h"

using namespace Qt::StringLiterals;

namespace hallq::test {
IppEveFixture::IppEveFixture() = default;

IppEveFixture::~IppEveFixture()
{
    stop();
}

void IppEveFixture::stop()
{
    stopProcess(m_printer);
    stopProcess(m_dbus);
}

bool IppEveFixture::start(QString *error)
{
    QDir(m_dir.path()).mkpath(u"spool"_s);
    QDir(m_dir.path()).mkpath(u"out"_s);
    const QString save = m_dir.filePath(u"save.sh"_s);
    {
        QFile f(save);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = u"cannot write save.sh"_s;
            return false;
        }
        // Jobs are numbered in the order they finish printing.
        f.write(u"#!/bin/sh\nn=$(ls %1 | wc -l)\ncp \"$1\" %1/.tmp && mv %1/.tmp %1/job-$((n + 1)).bin\n"_s
                    .arg(outputDir())
                    .toUtf8());
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    const QString busSocket = m_dir.filePath(u"bus.sock"_s);
    m_dbus = std::make_unique<QProcess>();
    m_dbus->setProcessChannelMode(QProcess::MergedChannels);
    m_dbus->start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--address=unix:path="_s + busSocket});
    if (!m_dbus->waitForStarted(5000) || !QTest::qWaitFor([&] { return QFileInfo::exists(busSocket); }, 5000)) {
        *error = u"dbus-daemon did not start: "_s + QString::fromUtf8(m_dbus->readAll());
        return false;
    }

    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, u"unix:path="_s + busSocket);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + busSocket);
    m_printer = std::make_unique<QProcess>();
    m_printer->setProcessEnvironment(env);
    m_printer->setProcessChannelMode(QProcess::MergedChannels);
    m_printer->start(u"ippeveprinter"_s, {u"-v"_s, u"-r"_s, u"off"_s, u"-p"_s, QString::number(m_port), u"-n"_s,
                                          u"localhost"_s, u"-d"_s, m_dir.filePath(u"spool"_s), u"-f"_s,
                                          u"application/vnd.cups-raw,application/octet-stream"_s, u"-c"_s, save,
                                          u"Receipt80"_s});
    if (!m_printer->waitForStarted(5000)) {
        *error = u"ippeveprinter did not start: "_s + m_printer->errorString();
        return false;
    }
    printer::CupsClient client(spec());
    const bool ready = QTest::qWaitFor(
        [&] { return m_printer->state() == QProcess::Running && client.printerState().queryFailure == printer::PrintFailure::None; },
        10000);
    if (!ready) {
        *error = u"ippeveprinter not answering: "_s + log();
        return false;
    }
    return true;
}

printer::PrinterSpec IppEveFixture::spec() const
{
    QString error;
    return printer::PrinterSpec::parse(u"ipp://localhost:%1/ipp/print"_s.arg(m_port), &error);
}

QByteArray IppEveFixture::waitForJobOutput(int count, int timeoutMs)
{
    const QString path = outputDir() + u"/job-%1.bin"_s.arg(count);
    if (!QTest::qWaitFor([&] { return QFileInfo::exists(path); }, timeoutMs))
        return QByteArray();
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool IppEveFixture::setPaperLevel(int sheets)
{
    QNetworkAccessManager net;
    // Both trays: the printer reports media-empty while any tray is empty.
    const QUrl url(u"http://localhost:%1/media?size1=na_letter_8.5x11in&type1=stationery&level1=%2"
                   "&size3=na_number-10_4.125x9.5in&type3=envelope&level3=%3"_s.arg(m_port).arg(sheets).arg(sheets > 0 ? 25 : 0));
    std::unique_ptr<QNetworkReply> reply(net.get(QNetworkRequest(url)));
    return QTest::qWaitFor([&] { return reply->isFinished(); }, 5000) && reply->error() == QNetworkReply::NoError;
}

QString IppEveFixture::log() const
{
    return m_printer ? QString::fromUtf8(m_printer->readAll().right(3000)) : QString();
}

} // namespace hallq::test
