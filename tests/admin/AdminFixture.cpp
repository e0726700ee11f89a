#include "AdminFixture.h"

#include "admin/AdminCli.h"
#include "admin/AdminIo.h"
#include "config/ServerSettings.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <atomic>

using namespace Qt::StringLiterals;

namespace hallq::admin::test {

AdminFixture::AdminFixture()
{
    REQUIRE(m_dir.isValid());
}

AdminRun AdminFixture::run(const QStringList &args, const QString &stdinText) const
{
    QString input = stdinText;
    AdminRun result;
    QTextStream in(&input);
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    AdminIo io(in, out, err);
    result.code = AdminCli::run(QStringList{u"--data-dir"_s, dataDir()} + args, io);
    out.flush();
    err.flush();
    return result;
}

std::unique_ptr<storage::Store> AdminFixture::store() const
{
    // After a refused command the directory may not exist: that is "nothing stored" too.
    REQUIRE(QDir().mkpath(dataDir()));
    static std::atomic<int> opened{0};
    auto store = std::make_unique<storage::SqliteStore>(config::ServerSettings::databasePathIn(dataDir()),
                                                        u"admin-test-%1"_s.arg(++opened));
    store->migrate();
    return store;
}

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("HALLQ_SOURCE_DIR");
    if (!dir.isEmpty())
        return dir;
    const QDir here = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    if (!here.exists(u"../../resources/halls"_s))
        FAIL("HALLQ_SOURCE_DIR is not set; run through ctest or set it to the source tree");
    return QDir::cleanPath(here.filePath(u"../.."_s));
}

QString shownSecret(const QString &out)
{
    static const QRegularExpression pattern(u"shown only now\\)?:\\s*(\\S+)"_s);
    const QRegularExpressionMatch match = pattern.match(out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

QString assignment(const QString &text, const QString &key)
{
    const QRegularExpression pattern(u"^%1=(\\S+)$"_s.arg(key), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(text);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

} // namespace hallq::admin::test
