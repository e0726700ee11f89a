#include "printer/FileTicketPrinter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include "printer/PrinterLog.h"
#include "printer/WorkerQueue.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {

FileTicketPrinter::FileTicketPrinter(const QString &path, QObject *parent)
    : TicketPrinter(parent)
    , m_path(path)
{
    qCInfo(lcPrinter).noquote() << "SIMULATED ticket printer: jobs are written to" << m_path;
}

QFuture<PrintResult> FileTicketPrinter::submit(const QByteArray &data, const QString &jobTitle,
                                               const SubmitOptions &)
{
    QElapsedTimer clock;
    clock.start();
    ++m_jobs;
    const bool toDir = QFileInfo(m_path).isDir() || m_path.endsWith(u'/');
    QString target = m_path;
    if (toDir) {
        QDir().mkpath(m_path);
        target = QDir(m_path).filePath(u"ticket-%1.bin"_s.arg(m_jobs, 4, 10, QLatin1Char('0')));
    }
    QFile file(target);
    PrintResult result;
    if (!file.open(toDir ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::WriteOnly | QIODevice::Append)
        || file.write(data) != data.size() || !file.flush()) {
        result = PrintResult::failed(PrintFailure::IoError, u"%1: %2"_s.arg(target, file.errorString()));
        qCWarning(lcPrinter).noquote() << "SIMULATED printer could not write" << target << file.errorString();
    } else {
        result = PrintResult::done(m_jobs);
        qCInfo(lcPrinter).noquote() << "SIMULATED print of" << jobTitle << "→" << target << data.size() << "bytes";
    }
    result.outputPath = target;
    result.simulated = true;
    result.elapsedMs = clock.elapsed();
    return readyFuture(result);
}

QFuture<PrinterState> FileTicketPrinter::queryState()
{
    PrinterState state;
    const QFileInfo info(m_path);
    const QFileInfo dir(info.isDir() ? m_path : info.absolutePath());
    state.acceptingJobs = dir.isDir() && dir.isWritable();
    state.kind = state.acceptingJobs ? PrinterState::Kind::Idle : PrinterState::Kind::Stopped;
    if (!state.acceptingJobs) {
        state.queryFailure = PrintFailure::IoError;
        state.message = u"%1 is not a writable directory"_s.arg(dir.absoluteFilePath());
    }
    return readyFuture(state);
}

QString FileTicketPrinter::description() const
{
    return u"模拟打印（文件）%1"_s.arg(m_path);
}

} // namespace hallq::printer
