#include "admin/StaffCommand.h"

#include "admin/AccountRules.h"
#include "admin/AdminLog.h"
#include "admin/CommandLine.h"
#include "admin/TextTable.h"
#include "net/Credentials.h"

using namespace Qt::StringLiterals;

namespace hallq::admin {
namespace {

const QString kStaffId = u"staff-id"_s;
const QString kPasswordStdin = u"password-stdin"_s;

void addStaffIdOption(CommandLine &line)
{
    line.addValue(kStaffId, u"ID"_s, u"the staff member's log-in name"_s, true);
}

void addPasswordOption(CommandLine &line)
{
    line.addFlag(kPasswordStdin, u"read the password from the first line of standard input "
                                 u"(without it a random password is generated and printed once)"_s);
}

} // namespace

StaffCommand::StaffCommand(const DataDir &dataDir)
    : AdminCommand(u"staff"_s, u"Staff accounts: log-in, roles and passwords."_s), m_dataDir(dataDir)
{
}

QList<AdminCommand::Subcommand> StaffCommand::subcommands()
{
    using namespace std::placeholders;
    return {
        {u"add"_s, u"add a staff account"_s, std::bind(&StaffCommand::add, this, _1, _2)},
        {u"passwd"_s, u"set a new password"_s, std::bind(&StaffCommand::passwd, this, _1, _2)},
        {u"disable"_s, u"stop an account from logging in"_s, std::bind(&StaffCommand::disable, this, _1, _2)},
        {u"list"_s, u"list the accounts"_s, std::bind(&StaffCommand::list, this, _1, _2)},
    };
}

bool StaffCommand::addAccount(storage::Store &store, storage::StaffAccount account, const QString &password)
{
    // saveStaff() inserts or updates: without this check `add` would
    // silently take over an existing account.
    if (store.findStaff(account.staffId))
        return false;
    account.passwordHash = net::Credentials::hashPassword(password);
    account.active = true;
    account.createdAt = QDateTime::currentDateTimeUtc();
    store.saveStaff(account);
    qCInfo(lcAdmin) << "staff account added:" << account.staffId << account.roles;
    return true;
}

std::optional<storage::StaffAccount> StaffCommand::existingAccount(storage::Store &store, const QString &staffId,
                                                                  AdminIo &io)
{
    std::optional<storage::StaffAccount> account = store.findStaff(staffId);
    if (!account)
        io.fail(u"no staff account %1"_s.arg(staffId));
    return account;
}

std::optional<StaffCommand::NewPassword> StaffCommand::newPassword(bool fromStdin, AdminIo &io)
{
    if (!fromStdin)
        return NewPassword{net::Credentials::randomPassword(), true};
    const std::optional<QString> line = io.readLine();
    if (!line) {
        io.fail(u"--password-stdin: standard input is empty"_s);
        return std::nullopt;
    }
    if (const QString problem = AccountRules::passwordProblem(*line); !problem.isEmpty()) {
        io.fail(problem);
        return std::nullopt;
    }
    return NewPassword{*line, false};
}

void StaffCommand::showGenerated(const NewPassword &password, AdminIo &io)
{
    if (password.generated)
        io.out() << u"password (shown only now): "_s << password.text << Qt::endl;
}

ExitCode StaffCommand::add(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"staff add"_s, u"Adds a staff account. Roles: counter, guide, supervisor, admin."_s);
    addStaffIdOption(line);
    line.addValue(u"name"_s, u"NAME"_s, u"the name shown at the counter"_s, true);
    line.addValue(u"department"_s, u"DEPT"_s, u"the department id from the hall file"_s, true);
    line.addValue(u"roles"_s, u"ROLES"_s, u"comma-separated: counter,guide,supervisor,admin"_s, true);
    addPasswordOption(line);
    if (const auto exit = line.parse(args, io))
        return *exit;

    storage::StaffAccount account;
    account.staffId = line.value(kStaffId);
    account.name = line.value(u"name"_s).trimmed();
    account.departmentId = line.value(u"department"_s);
    QString problem;
    const std::optional<QStringList> roles = AccountRules::staffRoles(line.value(u"roles"_s), &problem);
    for (const QString &check : {AccountRules::staffIdProblem(account.staffId),
                                 AccountRules::displayNameProblem(account.name),
                                 AccountRules::departmentProblem(account.departmentId), problem}) {
        if (!check.isEmpty())
            return line.usageError(io, check);
    }
    account.roles = *roles;

    const std::optional<NewPassword> password = newPassword(line.isSet(kPasswordStdin), io);
    if (!password)
        return ExitCode::Failure;
    const auto store = m_dataDir.openStore(DataDir::Open::CreateIfMissing);
    if (!addAccount(*store, account, password->text)) {
        io.fail(u"staff %1 already exists (use \"staff passwd\" for a new password)"_s.arg(account.staffId));
        return ExitCode::Failure;
    }
    io.out() << u"added staff %1 with roles %2"_s.arg(account.staffId, account.roles.join(u',')) << Qt::endl;
    showGenerated(*password, io);
    return ExitCode::Ok;
}

ExitCode StaffCommand::passwd(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"staff passwd"_s, u"Sets a new password for a staff account."_s);
    addStaffIdOption(line);
    addPasswordOption(line);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto store = m_dataDir.openStore(DataDir::Open::MustExist);
    std::optional<storage::StaffAccount> account = existingAccount(*store, line.value(kStaffId), io);
    if (!account)
        return ExitCode::Failure;
    const std::optional<NewPassword> password = newPassword(line.isSet(kPasswordStdin), io);
    if (!password)
        return ExitCode::Failure;
    account->passwordHash = net::Credentials::hashPassword(password->text);
    store->saveStaff(*account);
    qCInfo(lcAdmin) << "password changed for" << account->staffId;
    io.out() << u"password of %1 changed"_s.arg(account->staffId) << Qt::endl;
    showGenerated(*password, io);
    return ExitCode::Ok;
}

ExitCode StaffCommand::disable(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"staff disable"_s, u"Stops a staff account from logging in; its history is kept."_s);
    addStaffIdOption(line);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto store = m_dataDir.openStore(DataDir::Open::MustExist);
    std::optional<storage::StaffAccount> account = existingAccount(*store, line.value(kStaffId), io);
    if (!account)
        return ExitCode::Failure;
    if (!account->active) {
        io.out() << u"staff %1 was already disabled"_s.arg(account->staffId) << Qt::endl;
        return ExitCode::Ok;
    }
    account->active = false;
    store->saveStaff(*account);
    qCInfo(lcAdmin) << "staff account disabled:" << account->staffId;
    io.out() << u"staff %1 disabled"_s.arg(account->staffId) << Qt::endl;
    return ExitCode::Ok;
}

ExitCode StaffCommand::list(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"staff list"_s, u"Lists the staff accounts (never their password hashes)."_s);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto store = m_dataDir.openStore(DataDir::Open::MustExist);
    TextTable table({u"STAFF ID"_s, u"STATE"_s, u"DEPARTMENT"_s, u"ROLES"_s, u"CREATED"_s, u"NAME"_s});
    for (const storage::StaffAccount &account : store->listStaff()) {
        table.addRow({account.staffId, account.active ? u"active"_s : u"disabled"_s, account.departmentId,
                      account.roles.join(u','), account.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                      account.name});
    }
    table.print(io.out());
    return ExitCode::Ok;
}

} // namespace hallq::admin
