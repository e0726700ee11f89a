#pragma once

#include "admin/AdminCommand.h"
#include "admin/DataDir.h"
#include "storage/Store.h"

#include <optional>

namespace hallq::admin {

// hallq-admin device issue | revoke | list
class DeviceCommand : public AdminCommand
{
public:
    explicit DeviceCommand(const DataDir &dataDir);

    QList<Subcommand> subcommands() override;

    // A fresh token for a kiosk or display; only its hash is stored. nullopt
    // (nothing saved) if a device with this id holds a token that is not
    // revoked. A revoked device gets a new token. demo init uses it too.
    static std::optional<QString> issue(storage::Store &store, const QString &deviceId, const QString &kind,
                                        const QString &name);

private:
    ExitCode issueCommand(const QStringList &args, AdminIo &io);
    ExitCode revoke(const QStringList &args, AdminIo &io);
    ExitCode list(const QStringList &args, AdminIo &io);

    DataDir m_dataDir;
};

} // namespace hallq::admin
