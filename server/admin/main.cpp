// hallq-admin: staff accounts, device tokens, hall configuration and demo
// credentials of a HallQ data directory. The commands live in hallq_admin.
#include "admin/AdminCli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hallq-admin"));
    // A command-line tool prints its own results; the libraries' progress
    // messages stay quiet unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("hallq.*.info=false\nhallq.*.debug=false"));

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    hallq::admin::AdminIo io(in, out, err);
    return int(hallq::admin::AdminCli::run(app.arguments().mid(1), io));
}
