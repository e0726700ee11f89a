#include "admin/AdminCommand.h"

using namespace Qt::StringLiterals;

namespace hallq::admin {

ExitCode AdminCommand::run(const QStringList &args, AdminIo &io)
{
    if (args.isEmpty()) {
        io.err() << helpText();
        return ExitCode::Usage;
    }
    const QString &first = args.first();
    if (first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1) {
        io.out() << helpText();
        return ExitCode::Ok;
    }
    for (const Subcommand &sub : subcommands()) {
        if (sub.name == first)
            return sub.run(args.mid(1), io);
    }
    io.fail(u"unknown command \"%1 %2\" (see: hallq-admin %1 --help)"_s.arg(name(), first));
    return ExitCode::Usage;
}

QString AdminCommand::helpText()
{
    QString text = u"Usage: hallq-admin [--data-dir DIR] %1 <command> [options]\n\n%2\n\nCommands:\n"_s.arg(name(),
                                                                                                       summary());
    for (const Subcommand &sub : subcommands())
        text += u"  %1%2\n"_s.arg(sub.name.leftJustified(10), sub.summary);
    text += u"\nEach command takes --help.\n"_s;
    return text;
}

} // namespace hallq::admin
