#pragma once

// Runs hallq-admin's commands in-process against a temporary data directory
// and opens that directory's database to check what they did.

#include "admin/ExitCode.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace hallq::admin::test {

struct AdminRun
{
    ExitCode code = ExitCode::Failure;
    QString out;
    QString err;
};

class AdminFixture
{
public:
    AdminFixture();

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString scratchPath(const QString &name) const { return m_dir.filePath(name); }
    // hallq-admin --data-dir <dataDir()> args..., with `stdinText` on standard input.
    AdminRun run(const QStringList &args, const QString &stdinText = {}) const;
    // The data directory's database, as the server would open it (created empty if missing).
    std::unique_ptr<storage::Store> store() const;

private:
    QTemporaryDir m_dir;
};

// The source tree: HALLQ_SOURCE_DIR, or else found from this file's place.
QString sourceDir();
// "password (shown only now): X" / a token on the line after "shown only now" -> X
QString shownSecret(const QString &out);
// KEY=value lines of demo output -> value
QString assignment(const QString &text, const QString &key);

} // namespace hallq::admin::test

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<hallq::admin::ExitCode>
{
    static std::string convert(hallq::admin::ExitCode code) { return std::to_string(int(code)); }
};
} // namespace Catch
