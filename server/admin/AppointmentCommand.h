#pragma once

#include "admin/AdminCommand.h"
#include "admin/ApiClient.h"
#include "admin/CommandLine.h"

#include <optional>

namespace hallq::admin {

// hallq-admin appointments slots | book | lookup | cancel | list: the hall's
// bookings through the running server's HTTP API (docs/api.md), with an API
// key from `hallq-admin apikey issue` (--key, or HALLQ_API_KEY).
class AppointmentCommand : public AdminCommand
{
public:
    AppointmentCommand();

    QList<Subcommand> subcommands() override;

private:
    ExitCode slotList(const QStringList &args, AdminIo &io);
    ExitCode book(const QStringList &args, AdminIo &io);
    ExitCode lookup(const QStringList &args, AdminIo &io);
    ExitCode cancel(const QStringList &args, AdminIo &io);
    ExitCode list(const QStringList &args, AdminIo &io);

    // --server and --key on every command.
    static void addConnection(CommandLine &line);
    static std::optional<ApiClient> client(const CommandLine &line, AdminIo &io);
    // --id-number, or the first line of standard input (keeps it out of shell history).
    static std::optional<QString> idNumber(const CommandLine &line, AdminIo &io);
    static void printAppointments(const QJsonArray &appointments, AdminIo &io);
};

} // namespace hallq::admin
