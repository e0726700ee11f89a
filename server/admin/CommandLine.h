#pragma once

#include "admin/AdminIo.h"
#include "admin/ExitCode.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hallq::admin {

// The options of one subcommand ("staff add"): parsing, --help, and usage
// errors (unknown or missing options, stray arguments) in one style.
class CommandLine
{
public:
    CommandLine(const QString &command, const QString &description);

    void addValue(const QString &name, const QString &valueName, const QString &description, bool required);
    void addFlag(const QString &name, const QString &description);
    void addPositional(const QString &name, const QString &description);

    // nullopt: run the command. Otherwise the exit code to return at once:
    // Ok after printing --help, Usage after printing what is wrong.
    std::optional<ExitCode> parse(const QStringList &args, AdminIo &io);

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Prints "hallq-admin: <message>" and a pointer to --help; returns Usage.
    ExitCode usageError(AdminIo &io, const QString &message) const;
    QString helpText() const;

private:
    struct Entry
    {
        QString syntax; // "--staff-id ID"
        QString description;
        bool required = false;
        QString name;
    };

    QString m_command;
    QString m_description;
    QCommandLineParser m_parser;
    QList<Entry> m_options;
    QList<Entry> m_positionals;
};

} // namespace hallq::admin
