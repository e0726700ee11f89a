#pragma once

#include "admin/AdminIo.h"
#include "admin/ExitCode.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace hallq::admin {

// A group of hallq-admin subcommands ("staff" with add, passwd, disable,
// list). The group lists its subcommands; run() picks one by its name and
// prints the group's help for `--help` or no subcommand.
class AdminCommand
{
public:
    struct Subcommand
    {
        QString name;    // "add"
        QString summary; // one line for the group's help
        std::function<ExitCode(const QStringList &args, AdminIo &io)> run;
    };

    AdminCommand(const QString &name, const QString &summary) : m_name(name), m_summary(summary) {}
    virtual ~AdminCommand() = default;

    const QString &name() const { return m_name; }       // "staff"
    const QString &summary() const { return m_summary; } // one line for hallq-admin --help
    virtual QList<Subcommand> subcommands() = 0;

    // `args` follow the group's name: the subcommand and its options.
    ExitCode run(const QStringList &args, AdminIo &io);
    QString helpText();

private:
    QString m_name;
    QString m_summary;
};

} // namespace hallq::admin
