#include "admin/ConfigCommand.h"

#include "admin/AdminLog.h"
#include "admin/CommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hallq::admin {
namespace {

QString describe(const config::LoadedHall &hall)
{
    QStringList years;
    for (int year : hall.extras.calendarYears)
        years.append(QString::number(year));
    return u"hall %1 (%2): %3 departments, %4 services, %5 windows, calendar %6"_s
        .arg(hall.config.id, hall.config.name)
        .arg(hall.config.departments.size())
        .arg(hall.config.services.size())
        .arg(hall.config.windows.size())
        .arg(years.join(u", "_s));
}

} // namespace

ConfigCommand::ConfigCommand(const DataDir &dataDir)
    : AdminCommand(u"config"_s, u"Hall configuration files: check one, or import it into the database."_s),
      m_dataDir(dataDir)
{
}

QList<AdminCommand::Subcommand> ConfigCommand::subcommands()
{
    using namespace std::placeholders;
    return {
        {u"check"_s, u"validate a hall file and print every problem"_s, std::bind(&ConfigCommand::check, this, _1, _2)},
        {u"import"_s, u"validate a hall file and store it in the database"_s,
         std::bind(&ConfigCommand::import, this, _1, _2)},
    };
}

ExitCode ConfigCommand::withValidHall(CommandLine &line, const QStringList &args, AdminIo &io,
                                      const HallAction &action)
{
    line.addPositional(u"FILE"_s, u"the hall file, e.g. resources/halls/chaling.json"_s);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const QString path = line.positional().first();
    const config::HallConfigLoader::Result result = config::HallConfigLoader::load(path);
    if (const auto *errors = std::get_if<config::ConfigErrors>(&result)) {
        io.err() << errors->toString() << Qt::endl;
        io.fail(u"%1: %2 problem(s); nothing changed"_s.arg(path).arg(errors->size()));
        return ExitCode::Failure;
    }
    return action(std::get<config::LoadedHall>(result), path);
}

QString ConfigCommand::storedJson(const config::LoadedHall &hall)
{
    QJsonObject root = hall.raw;
    QJsonObject calendar = root.value("calendar"_L1).toObject();
    calendar.insert("files"_L1, QJsonArray::fromStringList(hall.extras.calendarFiles));
    root.insert("calendar"_L1, calendar);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

ExitCode ConfigCommand::check(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"config check"_s, u"Validates a hall file and the calendar files it lists. "
                                        u"Exits 1 and prints every problem when it is not valid."_s);
    return withValidHall(line, args, io, [&](const config::LoadedHall &hall, const QString &) {
        io.out() << u"ok: "_s << describe(hall) << Qt::endl;
        return ExitCode::Ok;
    });
}

ExitCode ConfigCommand::import(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"config import"_s, u"Validates a hall file and stores it in the database (settings key "
                                         u"\"hall_config\"), where the server finds it. Restart the server to "
                                         u"use it."_s);
    return withValidHall(line, args, io, [&](const config::LoadedHall &hall, const QString &path) {
        const auto store = m_dataDir.openStore(DataDir::Open::CreateIfMissing);
        store->setSetting(kHallConfigKey, storedJson(hall));
        qCInfo(lcAdmin) << "hall configuration imported from" << path;
        io.out() << u"imported "_s << describe(hall) << Qt::endl;
        return ExitCode::Ok;
    });
}

} // namespace hallq::admin
