#pragma once

#include "admin/AdminCommand.h"
#include "admin/CommandLine.h"
#include "admin/DataDir.h"
#include "config/HallConfigLoader.h"

namespace hallq::admin {

// hallq-admin config check | import
class ConfigCommand : public AdminCommand
{
public:
    // The settings key the imported hall JSON is stored under.
    static inline const QString kHallConfigKey = QStringLiteral("hall_config");

    explicit ConfigCommand(const DataDir &dataDir);

    QList<Subcommand> subcommands() override;

    // The hall's JSON as it is stored by import: the file's content with
    // calendar.files made absolute, so that it loads wherever the server
    // resolves relative paths.
    static QString storedJson(const config::LoadedHall &hall);

private:
    ExitCode check(const QStringList &args, AdminIo &io);
    ExitCode import(const QStringList &args, AdminIo &io);
    using HallAction = std::function<ExitCode(const config::LoadedHall &hall, const QString &path)>;
    // Adds the FILE argument, parses, loads FILE and runs `action` on the
    // valid hall; an invalid one has every problem printed and exits 1.
    static ExitCode withValidHall(CommandLine &line, const QStringList &args, AdminIo &io, const HallAction &action);

    DataDir m_dataDir;
};

} // namespace hallq::admin
