#include "support/ServerProcess.h"

#include "net/Credentials.h"
#include "storage/SqliteStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QCoreApplication>
#include <csignal>

namespace hallq::test {

namespace {
QString sourceDir()
{
    QString source = qEnvironmentVariable("HALLQ_SOURCE_DIR");
    return source.isEmpty() ? QStringLiteral(HALLQ_SOURCE_DIR) : source;
}
} // namespace

ServerProcess::ServerProcess()
{
    writeHall();
}

void ServerProcess::writeHall(const std::function<void(QJsonObject &)> &edit)
{
    const QString hallsDir = sourceDir() + QStringLiteral("/resources/halls");
    QFile in(hallsDir + QStringLiteral("/chaling.json"));
    if (!in.open(QIODevice::ReadOnly))
        return;
    QJsonObject hall = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray services;
    for (const auto &value : hall.value(QStringLiteral("services")).toArray()) {
        QJsonObject service = value.toObject();
        service.insert(QStringLiteral("issueOutsideHours"), true);
        services.append(service);
    }
    hall.insert(QStringLiteral("services"), services);
    // The copy lives elsewhere: calendar files must be absolute.
    QJsonObject calendar = hall.value(QStringLiteral("calendar")).toObject();
    QJsonArray files;
    for (const auto &file : calendar.value(QStringLiteral("files")).toArray())
        files.append(QDir(hallsDir).absoluteFilePath(file.toString()));
    calendar.insert(QStringLiteral("files"), files);
    hall.insert(QStringLiteral("calendar"), calendar);
    if (edit)
        edit(hall);
    m_hallFile = m_dir.path() + QStringLiteral("/test-hall.json");
    QFile out(m_hallFile);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(QJsonDocument(hall).toJson());
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill9();
}

QString ServerProcess::binary(const QString &name)
{
    QString dir = qEnvironmentVariable("HALLQ_BIN_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(HALLQ_BIN_DIR);
    return dir + QLatin1Char('/') + name;
}

void ServerProcess::addStaff(const QString &staffId, const QString &name, const QStringList &roles,
                             const QString &password)
{
    storage::SqliteStore store(databasePath(), QUuid::createUuid().toString());
    store.migrate();
    storage::StaffAccount account;
    account.staffId = staffId;
    account.name = name;
    account.departmentId = QStringLiteral("admin-approval");
    account.roles = roles;
    account.passwordHash = net::Credentials::hashPassword(password);
    account.createdAt = QDateTime::currentDateTimeUtc();
    store.saveStaff(account);
}

QString ServerProcess::addDevice(const QString &kind, const QString &deviceId)
{
    storage::SqliteStore store(databasePath(), QUuid::createUuid().toString());
    store.migrate();
    const QString token = net::Credentials::randomToken();
    storage::DeviceToken device;
    device.deviceId = deviceId;
    device.kind = kind;
    device.name = deviceId;
    device.tokenHash = net::Credentials::hashToken(token);
    device.createdAt = QDateTime::currentDateTimeUtc();
    store.saveDevice(device);
    return token;
}

void ServerProcess::writeSettings(const QJsonObject &settings)
{
    m_settingsFile = m_dir.path() + QStringLiteral("/test-server.json");
    QFile out(m_settingsFile);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(QJsonDocument(settings).toJson());
}

bool ServerProcess::start(int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    const QString settings = m_settingsFile.isEmpty() ? sourceDir() + QStringLiteral("/resources/server.json") : m_settingsFile;
    QStringList args{QStringLiteral("--config"), settings,
                     QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_requestedPort),
                     QStringLiteral("--hall"), m_hallFile};
    args += m_extraArgs;
    m_port = 0;
    m_process->start(binary(QStringLiteral("hallq-server")), args);
    if (!m_process->waitForStarted(timeoutMs))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on wss?://[^:]+:(\\d+)"));
    const qsizetype startedAt = m_output.size(); // a restart must not match the last run's line
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        m_output += QString::fromUtf8(m_process->readAll());
        const auto match = listening.match(m_output, startedAt);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            // Keep collecting output while the test runs.
            QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                             [this] { m_output += QString::fromUtf8(m_process->readAll()); });
            return true;
        }
        if (m_process->state() != QProcess::Running)
            break;
    }
    m_output += QString::fromUtf8(m_process->readAll());
    return false;
}

void ServerProcess::kill9()
{
    if (!m_process)
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
    m_output += QString::fromUtf8(m_process->readAll());
}

bool ServerProcess::stop(int timeoutMs)
{
    if (!m_process)
        return true;
    m_process->terminate();
    const bool ok = m_process->waitForFinished(timeoutMs);
    m_output += QString::fromUtf8(m_process->readAll());
    return ok && m_process->exitStatus() == QProcess::NormalExit;
}

int ServerProcess::exitCode() const
{
    if (!m_process || m_process->state() != QProcess::NotRunning || m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

qint64 ServerProcess::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

qint64 ServerProcess::rssKb() const
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid()));
    if (pid() == 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl ServerProcess::wsUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

QUrl ServerProcess::httpUrl(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

} // namespace hallq::test
