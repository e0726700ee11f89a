#include "CupsdFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include "FixtureProcess.h"
#include "printer/CupsClient.h"

using namespace Qt::StringLiterals;

namespace hallq::test {
namespace {

// Runs as user lp. argv: job-id user title copies options [file].
constexpr char kCaptureBackend[] = R"SH(#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct capture "Unknown" "HallQ test capture backend"'; exit 0; fi
dir="${DEVICE_URI#capture:}"
echo "STATE: -media-empty-error,door-open-error,offline-report" >&2
if [ -s "$dir/fault" ]; then
  echo "STATE: +$(cat "$dir/fault")" >&2
  case "$(cat "$dir/fault")" in
    # A printer that is not there: a real backend keeps retrying the connection.
    *-report) while [ -s "$dir/fault" ]; do sleep 0.1; done; echo "STATE: -offline-report" >&2 ;;
  esac
fi
if [ -s "$dir/fault" ]; then
  echo "ERROR: injected fault $(cat "$dir/fault")" >&2
  exit 4
fi
if [ -s "$dir/delay" ]; then sleep "$(cat "$dir/delay")"; fi
if [ $# -ge 6 ]; then cat "$6" > "$dir/.job-$1"; else cat > "$dir/.job-$1"; fi
chmod 0644 "$dir/.job-$1"
mv "$dir/.job-$1" "$dir/job-$1.bin"
exit 0
)SH";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

CupsdFixture::CupsdFixture()
{
    // The backend runs as lp: it must reach the temp dir.
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
}

CupsdFixture::~CupsdFixture()
{
    stop();
}

void CupsdFixture::writeFile(const QString &relative, const QByteArray &content, int mode)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
}

bool CupsdFixture::start(QString *error)
{
    const QString root = m_dir.path();
    QDir dir(root);
    for (const char *sub : {"etc", "spool", "log", "cache", "state", "tmp", "bin/backend"})
        dir.mkpath(QString::fromLatin1(sub));
    ::chmod(QFile::encodeName(root + u"/tmp"_s).constData(), 01777);
    // Spool: mode 0710, group lp (cupsd's filters read it as lp).
    if (struct group *lp = ::getgrnam("lp"))
        [[maybe_unused]] int rc = ::chown(QFile::encodeName(root + u"/spool"_s).constData(), 0, lp->gr_gid);
    ::chmod(QFile::encodeName(root + u"/spool"_s).constData(), 0710);

    const QString system = u"/usr/lib/cups"_s;
    for (const QString &sub : {u"filter"_s, u"daemon"_s, u"cgi-bin"_s, u"monitor"_s, u"notifier"_s, u"driver"_s})
        QFile::link(system + u'/' + sub, root + u"/bin/"_s + sub);
    for (const QFileInfo &backend : QDir(system + u"/backend"_s).entryInfoList(QDir::Files | QDir::NoDotAndDotDot))
        QFile::link(backend.absoluteFilePath(), root + u"/bin/backend/"_s + backend.fileName());
    writeFile(u"bin/backend/capture"_s, kCaptureBackend, 0755);

    writeFile(u"etc/cups-files.conf"_s, u"ServerRoot %1/etc\nServerBin %1/bin\nRequestRoot %1/spool\n"
                                        "TempDir %1/tmp\nCacheDir %1/cache\nStateDir %1/state\n"
                                        "AccessLog %1/log/access_log\nErrorLog %1/log/error_log\n"
                                        "PageLog %1/log/page_log\nDataDir /usr/share/cups\nFileDevice Yes\n"
                                        "SystemGroup root\nPrintcap\n"_s.arg(root).toUtf8());
    m_port = freePort();
    writeFile(u"etc/cupsd.conf"_s, u"Listen 127.0.0.1:%1\nListen %2\nBrowsing No\nDefaultAuthType None\n"
                                   "WebInterface No\nJobRetryInterval 1\nLogLevel info\nMaxJobs 0\n"
                                   "PreserveJobHistory Yes\n"
                                   "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                   "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"_s
                                       .arg(m_port)
                                       .arg(socketPath())
                                       .toUtf8());

    m_cupsd = std::make_unique<QProcess>();
    m_cupsd->setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd->start(u"cupsd"_s, {u"-f"_s, u"-c"_s, root + u"/etc/cupsd.conf"_s, u"-s"_s, root + u"/etc/cups-files.conf"_s});
    if (!m_cupsd->waitForStarted(5000)) {
        *error = u"cupsd did not start: "_s + m_cupsd->errorString();
        return false;
    }
    const bool ready = QTest::qWaitFor(
        [&] {
            if (m_cupsd->state() != QProcess::Running || !QFileInfo::exists(socketPath()))
                return false;
            return printer::CupsClient::listDestinations(socketPath()).failure == printer::PrintFailure::None;
        },
        10000);
    if (!ready) {
        *error = u"cupsd not answering on %1: %2\n%3"_s.arg(socketPath(), QString::fromUtf8(m_cupsd->readAll()), errorLog());
        stop();
        return false;
    }
    return true;
}

void CupsdFixture::stop()
{
    stopProcess(m_cupsd);
}

bool CupsdFixture::isRunning() const
{
    return m_cupsd && m_cupsd->state() == QProcess::Running;
}

bool CupsdFixture::runTool(const QString &tool, QStringList args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    args.prepend(socketPath());
    args.prepend(u"-h"_s);
    p.start(tool, args);
    const bool ok = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return ok;
}

QString CupsdFixture::captureDir(const QString &queue) const
{
    return m_dir.path() + u"/capture/"_s + queue;
}

bool CupsdFixture::addCaptureQueue(const QString &queue, QString *error)
{
    const QString out = captureDir(queue);
    QDir().mkpath(out);
    ::chmod(QFile::encodeName(m_dir.path() + u"/capture"_s).constData(), 0755);
    ::chmod(QFile::encodeName(out).constData(), 0777);
    QString output;
    if (!runTool(u"lpadmin"_s, {u"-p"_s, queue, u"-E"_s, u"-v"_s, u"capture:"_s + out, u"-m"_s, u"raw"_s}, &output)) {
        *error = u"lpadmin failed: "_s + output;
        return false;
    }
    return true;
}

void CupsdFixture::setFault(const QString &queue, const QString &keyword)
{
    writeFile(u"capture/%1/fault"_s.arg(queue), keyword.toUtf8(), 0644);
}

void CupsdFixture::clearFault(const QString &queue)
{
    QFile::remove(captureDir(queue) + u"/fault"_s);
}

void CupsdFixture::setDelaySeconds(const QString &queue, int seconds)
{
    if (seconds <= 0)
        QFile::remove(captureDir(queue) + u"/delay"_s);
    else
        writeFile(u"capture/%1/delay"_s.arg(queue), QByteArray::number(seconds), 0644);
}

QString CupsdFixture::capturedPath(const QString &queue, int jobId) const
{
    return captureDir(queue) + u"/job-%1.bin"_s.arg(jobId);
}

bool CupsdFixture::waitForCapture(const QString &queue, int jobId, int timeoutMs)
{
    return QTest::qWaitFor([&] { return QFileInfo::exists(capturedPath(queue, jobId)); }, timeoutMs);
}

QByteArray CupsdFixture::captured(const QString &queue, int jobId) const
{
    QFile f(capturedPath(queue, jobId));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

printer::PrinterSpec CupsdFixture::spec(const QString &queue) const
{
    printer::PrinterSpec s;
    s.kind = printer::PrinterSpec::Kind::Cups;
    s.destination = queue;
    s.cupsServer = socketPath();
    return s;
}

QString CupsdFixture::errorLog() const
{
    QFile f(m_dir.path() + u"/log/error_log"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
}

} // namespace hallq::test
