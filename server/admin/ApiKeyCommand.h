#pragma once

#include "admin/AdminCommand.h"
#include "admin/DataDir.h"

#include <memory>

namespace hallq::appointments {
class AppointmentDatabase;
}

namespace hallq::admin {

// hallq-admin apikey issue | revoke | list: keys of the outside systems that
// use the appointments HTTP API (docs/api.md).
class ApiKeyCommand : public AdminCommand
{
public:
    explicit ApiKeyCommand(const DataDir &dataDir);

    QList<Subcommand> subcommands() override;

private:
    ExitCode issue(const QStringList &args, AdminIo &io);
    ExitCode revoke(const QStringList &args, AdminIo &io);
    ExitCode list(const QStringList &args, AdminIo &io);
    // Migrated first (through the Store), then opened for the key rows.
    std::unique_ptr<appointments::AppointmentDatabase> open(DataDir::Open mode) const;

    DataDir m_dataDir;
};

} // namespace hallq::admin
