#pragma once

#include "admin/AdminCommand.h"
#include "admin/DataDir.h"

namespace hallq::admin {

// hallq-admin demo init: credentials for trying HallQ on a fresh data
// directory (scripts/run calls it on every start).
class DemoCommand : public AdminCommand
{
public:
    static inline const QString kCredentialsFile = QStringLiteral("demo-credentials.txt");

    explicit DemoCommand(const DataDir &dataDir);

    QList<Subcommand> subcommands() override;

private:
    ExitCode init(const QStringList &args, AdminIo &io);
    // Owner-only (0600): the file holds a password and two tokens.
    bool writeCredentials(const QString &text, AdminIo &io) const;

    DataDir m_dataDir;
};

} // namespace hallq::admin
