#pragma once

#include "admin/AdminCommand.h"
#include "admin/DataDir.h"
#include "storage/StaffAccount.h"
#include "storage/Store.h"

namespace hallq::admin {

// hallq-admin staff add | passwd | disable | list
class StaffCommand : public AdminCommand
{
public:
    explicit StaffCommand(const DataDir &dataDir);

    QList<Subcommand> subcommands() override;

    // Saves a new account with an Argon2id hash of `password`; false (and
    // nothing saved) if the staff id is taken. demo init uses it too.
    static bool addAccount(storage::Store &store, storage::StaffAccount account, const QString &password);

private:
    ExitCode add(const QStringList &args, AdminIo &io);
    ExitCode passwd(const QStringList &args, AdminIo &io);
    ExitCode disable(const QStringList &args, AdminIo &io);
    ExitCode list(const QStringList &args, AdminIo &io);
    // The account, or nullopt after saying there is none.
    static std::optional<storage::StaffAccount> existingAccount(storage::Store &store, const QString &staffId,
                                                                AdminIo &io);
    struct NewPassword
    {
        QString text;
        bool generated = false; // printed once after it is saved
    };
    // With --password-stdin the first line of stdin, else a generated one.
    // nullopt: the password was refused (message printed).
    static std::optional<NewPassword> newPassword(bool fromStdin, AdminIo &io);
    static void showGenerated(const NewPassword &password, AdminIo &io);

    DataDir m_dataDir;
};

} // namespace hallq::admin
