#include "admin/ApiKeyCommand.h"

#include "admin/AccountRules.h"
#include "admin/AdminLog.h"
#include "admin/CommandLine.h"
#include "admin/TextTable.h"
#include "appointments/AppointmentDatabase.h"
#include "net/Credentials.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace hallq::admin {
namespace {
const QString kId = u"id"_s;
} // namespace

ApiKeyCommand::ApiKeyCommand(const DataDir &dataDir)
    : AdminCommand(u"apikey"_s, u"API keys of outside systems (appointments HTTP API)."_s), m_dataDir(dataDir)
{
}

QList<AdminCommand::Subcommand> ApiKeyCommand::subcommands()
{
    using namespace std::placeholders;
    return {
        {u"issue"_s, u"issue a key for an outside system"_s, std::bind(&ApiKeyCommand::issue, this, _1, _2)},
        {u"revoke"_s, u"revoke a key"_s, std::bind(&ApiKeyCommand::revoke, this, _1, _2)},
        {u"list"_s, u"list the keys"_s, std::bind(&ApiKeyCommand::list, this, _1, _2)},
    };
}

std::unique_ptr<appointments::AppointmentDatabase> ApiKeyCommand::open(DataDir::Open mode) const
{
    m_dataDir.openStore(mode); // creates and migrates, or refuses a missing database
    static std::atomic<int> opened{0};
    return std::make_unique<appointments::AppointmentDatabase>(m_dataDir.databasePath(),
                                                               u"hallq-admin-keys-%1"_s.arg(++opened));
}

ExitCode ApiKeyCommand::issue(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"apikey issue"_s, u"Issues an API key scoped to appointments and prints it once; "
                                        u"only its hash is stored."_s);
    line.addValue(kId, u"ID"_s, u"the key id, e.g. province-app"_s, true);
    line.addValue(u"name"_s, u"NAME"_s, u"who uses it, e.g. 湖南政务服务网"_s, true);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const QString keyId = line.value(kId);
    const QString name = line.value(u"name"_s).trimmed();
    for (const QString &problem : {AccountRules::deviceIdProblem(keyId), AccountRules::displayNameProblem(name)}) {
        if (!problem.isEmpty())
            return line.usageError(io, problem);
    }
    const auto database = open(DataDir::Open::CreateIfMissing);
    if (const auto existing = database->findKey(keyId); existing && !existing->revoked) {
        io.fail(u"key %1 exists and is active; revoke it first (apikey revoke --id %1)"_s.arg(keyId));
        return ExitCode::Failure;
    }
    const QString token = net::Credentials::randomToken(32);
    database->saveKey({keyId, name, net::Credentials::hashToken(token), {appointments::kAppointmentsScope}, false,
                       QDateTime::currentDateTimeUtc()});
    qCInfo(lcAdmin) << "API key issued:" << keyId;
    io.out() << u"issued API key %1 (scope: appointments), shown only now:"_s.arg(keyId) << Qt::endl
             << token << Qt::endl;
    return ExitCode::Ok;
}

ExitCode ApiKeyCommand::revoke(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"apikey revoke"_s, u"Revokes an API key: its next request is refused."_s);
    line.addValue(kId, u"ID"_s, u"the key id"_s, true);
    if (const auto exit = line.parse(args, io))
        return *exit;
    if (!open(DataDir::Open::MustExist)->revokeKey(line.value(kId))) {
        io.fail(u"no API key %1"_s.arg(line.value(kId)));
        return ExitCode::Failure;
    }
    qCInfo(lcAdmin) << "API key revoked:" << line.value(kId);
    io.out() << u"API key %1 revoked"_s.arg(line.value(kId)) << Qt::endl;
    return ExitCode::Ok;
}

ExitCode ApiKeyCommand::list(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"apikey list"_s, u"Lists the API keys (never the keys themselves)."_s);
    if (const auto exit = line.parse(args, io))
        return *exit;
    TextTable table({u"KEY ID"_s, u"SCOPES"_s, u"STATE"_s, u"CREATED"_s, u"NAME"_s});
    for (const auto &key : open(DataDir::Open::MustExist)->listKeys())
        table.addRow({key.keyId, key.scopes.join(u','), key.revoked ? u"revoked"_s : u"active"_s,
                      key.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), key.name});
    table.print(io.out());
    return ExitCode::Ok;
}

} // namespace hallq::admin
