// hallq-admin demo init: credentials that work, in an owner-only file, made
// once; a data directory that is not fresh is left alone.
#include "AdminFixture.h"

#include "net/Credentials.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace hallq;
using namespace hallq::admin;
using namespace hallq::admin::test;

namespace {

const QStringList kDemoInit{u"demo"_s, u"init"_s};

QString readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("demo init on a fresh data directory creates working demo credentials")
{
    AdminFixture admin;
    const AdminRun run = admin.run(kDemoInit);
    INFO(run.err.toStdString());
    REQUIRE(run.code == ExitCode::Ok);

    const QString credentialsPath = QDir(admin.dataDir()).filePath(u"demo-credentials.txt"_s);
    const QString file = readFile(credentialsPath);
    CHECK(run.out.contains(file));
    const QFileDevice::Permissions permissions = QFile::permissions(credentialsPath);
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                               | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeGroup));

    const auto store = admin.store();
    const auto demo = store->findStaff(assignment(file, u"HALLQ_DEMO_STAFF_ID"_s));
    REQUIRE(demo.has_value());
    CHECK(demo->staffId == u"demo"_s);
    CHECK(demo->name == u"演示员"_s);
    CHECK(demo->roles == QStringList{u"counter"_s, u"guide"_s, u"supervisor"_s});
    CHECK(net::Credentials::verifyPassword(assignment(file, u"HALLQ_DEMO_PASSWORD"_s), demo->passwordHash));

    const auto kiosk = store->findDeviceByTokenHash(net::Credentials::hashToken(assignment(file, u"HALLQ_KIOSK_TOKEN"_s)));
    REQUIRE(kiosk.has_value());
    CHECK(kiosk->deviceId == u"kiosk-1"_s);
    CHECK(kiosk->kind == u"kiosk"_s);
    const auto display =
        store->findDeviceByTokenHash(net::Credentials::hashToken(assignment(file, u"HALLQ_DISPLAY_TOKEN"_s)));
    REQUIRE(display.has_value());
    CHECK(display->deviceId == u"display-1"_s);
    CHECK(display->kind == u"display"_s);
}

TEST_CASE("demo init a second time changes nothing")
{
    AdminFixture admin;
    REQUIRE(admin.run(kDemoInit).code == ExitCode::Ok);
    const QString credentialsPath = QDir(admin.dataDir()).filePath(u"demo-credentials.txt"_s);
    const QString before = readFile(credentialsPath);
    const QString hashBefore = admin.store()->findStaff(u"demo"_s)->passwordHash;

    const AdminRun second = admin.run(kDemoInit);
    CHECK(second.code == ExitCode::Ok);
    CHECK(second.out.contains(u"not fresh"_s));
    CHECK(readFile(credentialsPath) == before);
    const auto store = admin.store();
    CHECK(store->listStaff().size() == 1);
    CHECK(store->listDevices().size() == 2);
    CHECK(store->findStaff(u"demo"_s)->passwordHash == hashBefore);
}

TEST_CASE("demo init leaves a data directory with an account alone")
{
    AdminFixture admin;
    REQUIRE(admin.run({u"staff"_s, u"add"_s, u"--staff-id"_s, u"1001"_s, u"--name"_s, u"x"_s, u"--department"_s,
                       u"approval"_s, u"--roles"_s, u"admin"_s})
                .code == ExitCode::Ok);
    const AdminRun run = admin.run(kDemoInit);
    CHECK(run.code == ExitCode::Ok);
    CHECK(run.out.contains(u"not fresh"_s));
    CHECK_FALSE(QFileInfo::exists(QDir(admin.dataDir()).filePath(u"demo-credentials.txt"_s)));
    CHECK_FALSE(admin.store()->findStaff(u"demo"_s).has_value());
    CHECK(admin.store()->listDevices().isEmpty());
}
