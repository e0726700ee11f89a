// The command line as a whole: dispatch, help and exit codes, in-process and
// through the built hallq-admin binary.
#include "AdminFixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace hallq::admin;
using namespace hallq::admin::test;

namespace {

QString adminBinary()
{
    QString dir = qEnvironmentVariable("HALLQ_BIN_DIR");
    if (dir.isEmpty()) // tests/ and bin/ sit side by side in the build tree
        dir = QCoreApplication::applicationDirPath() + u"/../bin"_s;
    const QString path = QDir(dir).filePath(u"hallq-admin"_s);
    REQUIRE(QFileInfo(path).isExecutable());
    return path;
}

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runBinary(const QStringList &args)
{
    QProcess process;
    process.start(adminBinary(), args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("usage errors exit 2, help exits 0")
{
    AdminFixture admin;
    CHECK(admin.run({}).code == ExitCode::Usage);
    CHECK(admin.run({u"bogus"_s}).code == ExitCode::Usage);
    CHECK(admin.run({u"staff"_s}).code == ExitCode::Usage);
    CHECK(admin.run({u"staff"_s, u"remove"_s}).code == ExitCode::Usage);
    CHECK(admin.run({u"staff"_s, u"list"_s, u"--colour"_s}).code == ExitCode::Usage);
    CHECK(admin.run({u"staff"_s, u"add"_s, u"--staff-id"_s, u"1001"_s}).code == ExitCode::Usage);
    CHECK(admin.run({u"--verbose"_s, u"staff"_s, u"list"_s}).code == ExitCode::Usage);

    const AdminRun help = admin.run({u"--help"_s});
    CHECK(help.code == ExitCode::Ok);
    for (const QString &group : {u"staff"_s, u"device"_s, u"config"_s, u"demo"_s})
        CHECK(help.out.contains(group));
    const AdminRun addHelp = admin.run({u"staff"_s, u"add"_s, u"--help"_s});
    CHECK(addHelp.code == ExitCode::Ok);
    CHECK(addHelp.out.contains(u"--password-stdin"_s));
    for (const QStringList &args : {QStringList{u"device"_s, u"issue"_s, u"--help"_s},
                                    QStringList{u"config"_s, u"import"_s, u"--help"_s},
                                    QStringList{u"demo"_s, u"init"_s, u"--help"_s},
                                    QStringList{u"device"_s, u"--help"_s}}) {
        const AdminRun run = admin.run(args);
        CHECK(run.code == ExitCode::Ok);
        CHECK(run.out.startsWith(u"Usage: hallq-admin"_s));
    }
    // Help never touches the data directory.
    CHECK_FALSE(QFileInfo::exists(admin.dataDir()));
}

TEST_CASE("the hallq-admin binary: demo init, exit codes and messages on stderr")
{
    AdminFixture admin;
    const ProcessRun init = runBinary({u"--data-dir"_s, admin.dataDir(), u"demo"_s, u"init"_s});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(u"HALLQ_KIOSK_TOKEN="_s));
    CHECK(QFile::permissions(QDir(admin.dataDir()).filePath(u"demo-credentials.txt"_s))
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const ProcessRun usage = runBinary({u"--data-dir"_s, admin.dataDir(), u"device"_s, u"issue"_s, u"--kind"_s,
                                        u"toaster"_s, u"--id"_s, u"t-1"_s, u"--name"_s, u"x"_s});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(u"toaster"_s));
    CHECK(usage.out.isEmpty());

    const ProcessRun missing = runBinary({u"--data-dir"_s, admin.scratchPath(u"nowhere"_s), u"device"_s, u"list"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"no database"_s));
}
