#pragma once

#include "admin/AdminIo.h"
#include "admin/ExitCode.h"

#include <QString>
#include <QStringList>

namespace hallq::admin {

// hallq-admin as a function: global options (--data-dir DIR, --help), then
// a command group and its arguments. Storage and other failures are caught
// here, printed, and become ExitCode::Failure.
class AdminCli
{
public:
    static inline const QString kDefaultDataDir = QStringLiteral("var");

    // `args` without the program name.
    static ExitCode run(const QStringList &args, AdminIo &io);
    static QString helpText();
};

} // namespace hallq::admin
