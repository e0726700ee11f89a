// hallq-admin device: a token is shown once and only its hash is stored;
// revoked tokens stop matching.
#include "AdminFixture.h"

#include "net/Credentials.h"

using namespace Qt::StringLiterals;
using namespace hallq;
using namespace hallq::admin;
using namespace hallq::admin::test;

namespace {

const QStringList kIssueKiosk{u"device"_s, u"issue"_s, u"--kind"_s, u"kiosk"_s,
                              u"--id"_s,   u"kiosk-7"_s, u"--name"_s, u"一楼自助机"_s};

} // namespace

TEST_CASE("device issue stores the token's hash, never the token, and prints the token once")
{
    AdminFixture admin;
    const AdminRun run = admin.run(kIssueKiosk);
    INFO(run.err.toStdString());
    REQUIRE(run.code == ExitCode::Ok);
    const QString token = shownSecret(run.out);
    const auto store = admin.store();
    const auto device = store->findDeviceByTokenHash(net::Credentials::hashToken(token));
    REQUIRE(device.has_value());
    CHECK(device->deviceId == u"kiosk-7"_s);
    CHECK(device->kind == u"kiosk"_s);
    CHECK(device->name == u"一楼自助机"_s);
    CHECK_FALSE(device->revoked);
    CHECK(device->tokenHash != token);

    const AdminRun list = admin.run({u"device"_s, u"list"_s});
    CHECK(list.out.contains(u"kiosk-7"_s));
    CHECK_FALSE(list.out.contains(token));
    CHECK_FALSE(list.out.contains(device->tokenHash));
}

TEST_CASE("device revoke revokes; a revoked device may be issued a new token, a live one may not")
{
    AdminFixture admin;
    const QString first = shownSecret(admin.run(kIssueKiosk).out);

    const AdminRun twice = admin.run(kIssueKiosk);
    CHECK(twice.code == ExitCode::Failure);
    CHECK(twice.err.contains(u"revoke it first"_s));

    REQUIRE(admin.run({u"device"_s, u"revoke"_s, u"--id"_s, u"kiosk-7"_s}).code == ExitCode::Ok);
    auto device = admin.store()->findDeviceByTokenHash(net::Credentials::hashToken(first));
    REQUIRE(device.has_value());
    CHECK(device->revoked);

    const AdminRun reissue = admin.run(kIssueKiosk);
    REQUIRE(reissue.code == ExitCode::Ok);
    const QString second = shownSecret(reissue.out);
    CHECK(second != first);
    const auto store = admin.store();
    CHECK_FALSE(store->findDeviceByTokenHash(net::Credentials::hashToken(first)).has_value());
    device = store->findDeviceByTokenHash(net::Credentials::hashToken(second));
    REQUIRE(device.has_value());
    CHECK_FALSE(device->revoked);
}

TEST_CASE("device commands reject bad input")
{
    AdminFixture admin;
    SECTION("an unknown kind")
    {
        QStringList args = kIssueKiosk;
        args[args.indexOf(u"kiosk"_s)] = u"printer"_s;
        const AdminRun run = admin.run(args);
        CHECK(run.code == ExitCode::Usage);
        CHECK(run.err.contains(u"kiosk, display"_s));
        CHECK(admin.store()->listDevices().isEmpty());
    }
    SECTION("a staff role as kind")
    {
        QStringList args = kIssueKiosk;
        args[args.indexOf(u"kiosk"_s)] = u"admin"_s;
        CHECK(admin.run(args).code == ExitCode::Usage);
        CHECK(admin.store()->listDevices().isEmpty());
    }
    SECTION("a device id with a slash")
    {
        QStringList args = kIssueKiosk;
        args[args.indexOf(u"kiosk-7"_s)] = u"../kiosk"_s;
        CHECK(admin.run(args).code == ExitCode::Usage);
        CHECK(admin.store()->listDevices().isEmpty());
    }
    SECTION("revoking a device that does not exist")
    {
        REQUIRE(admin.run(kIssueKiosk).code == ExitCode::Ok);
        const AdminRun run = admin.run({u"device"_s, u"revoke"_s, u"--id"_s, u"kiosk-8"_s});
        CHECK(run.code == ExitCode::Failure);
        CHECK(run.err.contains(u"no device kiosk-8"_s));
        CHECK_FALSE(admin.store()->listDevices().first().revoked);
    }
}
