#include "admin/DeviceCommand.h"

#include "admin/AccountRules.h"
#include "admin/AdminLog.h"
#include "admin/CommandLine.h"
#include "admin/TextTable.h"
#include "net/Credentials.h"

using namespace Qt::StringLiterals;

namespace hallq::admin {
namespace {

const QString kId = u"id"_s;

std::optional<storage::DeviceToken> findDevice(storage::Store &store, const QString &deviceId)
{
    // The Store looks devices up by token hash only; the list is short.
    for (const storage::DeviceToken &device : store.listDevices()) {
        if (device.deviceId == deviceId)
            return device;
    }
    return std::nullopt;
}

} // namespace

DeviceCommand::DeviceCommand(const DataDir &dataDir)
    : AdminCommand(u"device"_s, u"Kiosk and display tokens."_s), m_dataDir(dataDir)
{
}

QList<AdminCommand::Subcommand> DeviceCommand::subcommands()
{
    using namespace std::placeholders;
    return {
        {u"issue"_s, u"issue a token for a kiosk or display"_s, std::bind(&DeviceCommand::issueCommand, this, _1, _2)},
        {u"revoke"_s, u"revoke a device's token"_s, std::bind(&DeviceCommand::revoke, this, _1, _2)},
        {u"list"_s, u"list the devices"_s, std::bind(&DeviceCommand::list, this, _1, _2)},
    };
}

std::optional<QString> DeviceCommand::issue(storage::Store &store, const QString &deviceId, const QString &kind,
                                            const QString &name)
{
    const std::optional<storage::DeviceToken> existing = findDevice(store, deviceId);
    if (existing && !existing->revoked)
        return std::nullopt;
    const QString token = net::Credentials::randomToken();
    storage::DeviceToken device;
    device.deviceId = deviceId;
    device.kind = kind;
    device.name = name;
    device.tokenHash = net::Credentials::hashToken(token);
    device.revoked = false;
    device.createdAt = QDateTime::currentDateTimeUtc();
    store.saveDevice(device);
    qCInfo(lcAdmin) << "token issued for" << kind << deviceId;
    return token;
}

ExitCode DeviceCommand::issueCommand(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"device issue"_s, u"Issues a token for a kiosk or display and prints it once; "
                                        u"only its hash is stored."_s);
    line.addValue(u"kind"_s, u"KIND"_s, u"kiosk or display"_s, true);
    line.addValue(kId, u"ID"_s, u"the device id, e.g. kiosk-1"_s, true);
    line.addValue(u"name"_s, u"NAME"_s, u"where it stands, e.g. 一楼大厅自助机"_s, true);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const QString deviceId = line.value(kId);
    const QString kind = line.value(u"kind"_s);
    const QString name = line.value(u"name"_s).trimmed();
    for (const QString &problem : {AccountRules::deviceKindProblem(kind), AccountRules::deviceIdProblem(deviceId),
                                   AccountRules::displayNameProblem(name)}) {
        if (!problem.isEmpty())
            return line.usageError(io, problem);
    }
    const auto store = m_dataDir.openStore(DataDir::Open::CreateIfMissing);
    const std::optional<QString> token = issue(*store, deviceId, kind, name);
    if (!token) {
        io.fail(u"device %1 already has a token; revoke it first (device revoke --id %1)"_s.arg(deviceId));
        return ExitCode::Failure;
    }
    io.out() << u"issued a %1 token for %2 (shown only now):"_s.arg(kind, deviceId) << Qt::endl
             << *token << Qt::endl;
    return ExitCode::Ok;
}

ExitCode DeviceCommand::revoke(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"device revoke"_s, u"Revokes a device's token: it can no longer connect."_s);
    line.addValue(kId, u"ID"_s, u"the device id"_s, true);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto store = m_dataDir.openStore(DataDir::Open::MustExist);
    if (!store->revokeDevice(line.value(kId))) {
        io.fail(u"no device %1"_s.arg(line.value(kId)));
        return ExitCode::Failure;
    }
    qCInfo(lcAdmin) << "token revoked for" << line.value(kId);
    io.out() << u"device %1 revoked"_s.arg(line.value(kId)) << Qt::endl;
    return ExitCode::Ok;
}

ExitCode DeviceCommand::list(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"device list"_s, u"Lists the devices (never their tokens)."_s);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto store = m_dataDir.openStore(DataDir::Open::MustExist);
    TextTable table({u"DEVICE ID"_s, u"KIND"_s, u"STATE"_s, u"CREATED"_s, u"NAME"_s});
    for (const storage::DeviceToken &device : store->listDevices()) {
        table.addRow({device.deviceId, device.kind, device.revoked ? u"revoked"_s : u"active"_s,
                      device.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), device.name});
    }
    table.print(io.out());
    return ExitCode::Ok;
}

} // namespace hallq::admin
