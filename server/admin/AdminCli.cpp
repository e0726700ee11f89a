#include "admin/AdminCli.h"

#include "admin/ApiKeyCommand.h"
#include "admin/AppointmentCommand.h"
#include "admin/ConfigCommand.h"
#include "admin/DataDir.h"
#include "admin/DemoCommand.h"
#include "admin/DeviceCommand.h"
#include "admin/StaffCommand.h"
#include "storage/StorageError.h"

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace hallq::admin {
namespace {

std::vector<std::unique_ptr<AdminCommand>> commandGroups(const DataDir &dataDir)
{
    std::vector<std::unique_ptr<AdminCommand>> groups;
    groups.push_back(std::make_unique<StaffCommand>(dataDir));
    groups.push_back(std::make_unique<DeviceCommand>(dataDir));
    groups.push_back(std::make_unique<ConfigCommand>(dataDir));
    groups.push_back(std::make_unique<DemoCommand>(dataDir));
    groups.push_back(std::make_unique<ApiKeyCommand>(dataDir));
    groups.push_back(std::make_unique<AppointmentCommand>());
    return groups;
}

} // namespace

QString AdminCli::helpText()
{
    QString text = u"Usage: hallq-admin [--data-dir DIR] <group> <command> [options]\n\n"
                   u"Administers a HallQ data directory (default \"var\"; the database is DIR/hallq.sqlite).\n\n"
                   u"Groups:\n"_s;
    for (const auto &group : commandGroups(DataDir(kDefaultDataDir)))
        text += u"  %1%2\n"_s.arg(group->name().leftJustified(10), group->summary());
    text += u"\nhallq-admin <group> --help lists a group's commands. Exit status: 0 ok, 1 failure, 2 usage error.\n"_s;
    return text;
}

ExitCode AdminCli::run(const QStringList &args, AdminIo &io)
{
    QString dataDir = kDefaultDataDir;
    qsizetype i = 0;
    for (; i < args.size() && args.at(i).startsWith(u'-'); ++i) {
        const QString &arg = args.at(i);
        if (arg == "--help"_L1 || arg == "-h"_L1) {
            io.out() << helpText();
            return ExitCode::Ok;
        } else if (arg == "--data-dir"_L1 && i + 1 < args.size()) {
            dataDir = args.at(++i);
        } else if (arg.startsWith("--data-dir="_L1)) {
            dataDir = arg.mid(qsizetype(sizeof("--data-dir=")) - 1);
        } else {
            io.fail(u"unknown or incomplete option \"%1\" (see: hallq-admin --help)"_s.arg(arg));
            return ExitCode::Usage;
        }
    }
    if (dataDir.isEmpty()) {
        io.fail(u"--data-dir needs a directory"_s);
        return ExitCode::Usage;
    }
    if (i == args.size()) {
        io.err() << helpText();
        return ExitCode::Usage;
    }
    for (const auto &group : commandGroups(DataDir(dataDir))) {
        if (group->name() != args.at(i))
            continue;
        try {
            return group->run(args.mid(i + 1), io);
        } catch (const storage::StorageError &e) {
            io.fail(u"database: %1"_s.arg(e.message()));
        } catch (const std::exception &e) {
            io.fail(QString::fromUtf8(e.what()));
        }
        return ExitCode::Failure;
    }
    io.fail(u"unknown group \"%1\" (see: hallq-admin --help)"_s.arg(args.at(i)));
    return ExitCode::Usage;
}

} // namespace hallq::admin
