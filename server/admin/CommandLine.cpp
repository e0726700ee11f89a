#include "admin/CommandLine.h"

using namespace Qt::StringLiterals;

namespace hallq::admin {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command), m_description(description)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // --help is handled here, not by QCommandLineParser::showHelp(), which exits the process.
    m_parser.addOption(QCommandLineOption(QStringList{u"h"_s, u"help"_s}));
}

void CommandLine::addValue(const QString &name, const QString &valueName, const QString &description,
                           bool required)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    m_options.append(Entry{u"--%1 %2"_s.arg(name, valueName), description, required, name});
}

void CommandLine::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
    m_options.append(Entry{u"--"_s + name, description, false, name});
}

void CommandLine::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionals.append(Entry{name, description, true, name});
}

std::optional<ExitCode> CommandLine::parse(const QStringList &args, AdminIo &io)
{
    // QCommandLineParser skips the first element, the program name.
    if (!m_parser.parse(QStringList{u"hallq-admin"_s} + args))
        return usageError(io, m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        io.out() << helpText();
        return ExitCode::Ok;
    }
    for (const Entry &option : std::as_const(m_options)) {
        if (option.required && m_parser.value(option.name).trimmed().isEmpty())
            return usageError(io, u"%1 is required"_s.arg(option.syntax));
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < m_positionals.size())
        return usageError(io, u"%1 is required"_s.arg(m_positionals.at(given).syntax));
    if (given > m_positionals.size())
        return usageError(io, u"unexpected argument \"%1\""_s.arg(m_parser.positionalArguments().at(m_positionals.size())));
    return std::nullopt;
}

ExitCode CommandLine::usageError(AdminIo &io, const QString &message) const
{
    io.fail(u"%1: %2 (see: hallq-admin %1 --help)"_s.arg(m_command, message));
    return ExitCode::Usage;
}

QString CommandLine::helpText() const
{
    QString usage = u"Usage: hallq-admin [--data-dir DIR] %1"_s.arg(m_command);
    for (const Entry &positional : m_positionals)
        usage += u' ' + positional.syntax;
    for (const Entry &option : m_options)
        usage += option.required ? u' ' + option.syntax : u" ["_s + option.syntax + u']';
    QString text = usage + u"\n\n"_s + m_description + u"\n"_s;
    QList<Entry> entries = m_positionals + m_options;
    if (entries.isEmpty())
        return text;
    qsizetype width = 0;
    for (const Entry &entry : entries)
        width = std::max(width, entry.syntax.size());
    text += u"\n"_s;
    for (const Entry &entry : entries)
        text += u"  "_s + entry.syntax.leftJustified(width + 2) + entry.description + u'\n';
    return text;
}

} // namespace hallq::admin
