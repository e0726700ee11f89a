// hallq-admin staff: accounts land in the database with an Argon2id hash
// that verifies, and bad input changes nothing.
#include "AdminFixture.h"

#include "net/Credentials.h"

using namespace Qt::StringLiterals;
using namespace hallq;
using namespace hallq::admin;
using namespace hallq::admin::test;

namespace {

const QStringList kAddCounter{u"staff"_s, u"add"_s, u"--staff-id"_s, u"1001"_s, u"--name"_s, u"王五"_s,
                              u"--department"_s, u"approval"_s, u"--roles"_s, u"counter,guide"_s};

QStringList withPasswordStdin(QStringList args)
{
    return args << u"--password-stdin"_s;
}

} // namespace

TEST_CASE("staff add stores an Argon2id hash of the password from stdin that verifies")
{
    AdminFixture admin;
    const AdminRun run = admin.run(withPasswordStdin(kAddCounter), u"correct horse\n"_s);
    INFO(run.err.toStdString());
    REQUIRE(run.code == ExitCode::Ok);
    const auto account = admin.store()->findStaff(u"1001"_s);
    REQUIRE(account.has_value());
    CHECK(account->passwordHash.startsWith(u"$argon2id$"_s));
    CHECK(net::Credentials::verifyPassword(u"correct horse"_s, account->passwordHash));
    CHECK_FALSE(net::Credentials::verifyPassword(u"correct horsE"_s, account->passwordHash));
    CHECK(account->roles == QStringList{u"counter"_s, u"guide"_s});
    CHECK(account->departmentId == u"approval"_s);
    CHECK(account->name == u"王五"_s);
    CHECK(account->active);
    // A password the admin typed is never echoed.
    CHECK_FALSE(run.out.contains(u"correct horse"_s));
}

TEST_CASE("staff add without --password-stdin prints a generated password once, and it verifies")
{
    AdminFixture admin;
    const AdminRun run = admin.run(kAddCounter);
    REQUIRE(run.code == ExitCode::Ok);
    const QString password = shownSecret(run.out);
    CHECK(password.size() >= 12);
    const auto account = admin.store()->findStaff(u"1001"_s);
    REQUIRE(account.has_value());
    CHECK(net::Credentials::verifyPassword(password, account->passwordHash));
}

TEST_CASE("staff add refuses a staff id that exists and keeps the existing account")
{
    AdminFixture admin;
    REQUIRE(admin.run(withPasswordStdin(kAddCounter), u"first password\n"_s).code == ExitCode::Ok);
    QStringList again = withPasswordStdin(kAddCounter);
    again[again.indexOf(u"counter,guide"_s)] = u"admin"_s;
    const AdminRun run = admin.run(again, u"second password\n"_s);
    CHECK(run.code == ExitCode::Failure);
    CHECK(run.err.contains(u"already exists"_s));
    const auto account = admin.store()->findStaff(u"1001"_s);
    REQUIRE(account.has_value());
    CHECK(net::Credentials::verifyPassword(u"first password"_s, account->passwordHash));
    CHECK(account->roles == QStringList{u"counter"_s, u"guide"_s});
}

TEST_CASE("staff add rejects bad input and stores nothing")
{
    struct Case
    {
        const char *what;
        QString option;
        QString value; // empty: drop the option
        ExitCode code;
    };
    const QList<Case> cases{
        {"a device role", u"--roles"_s, u"counter,kiosk"_s, ExitCode::Usage},
        {"an unknown role", u"--roles"_s, u"boss"_s, ExitCode::Usage},
        {"an empty role in the list", u"--roles"_s, u"counter,"_s, ExitCode::Usage},
        {"a staff id with a space", u"--staff-id"_s, u"10 01"_s, ExitCode::Usage},
        {"no name", u"--name"_s, QString(), ExitCode::Usage},
        {"a blank name", u"--name"_s, u"   "_s, ExitCode::Usage},
        {"a department that is no config id", u"--department"_s, u"Approval-Bureau"_s, ExitCode::Usage},
        {"no roles", u"--roles"_s, QString(), ExitCode::Usage},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            AdminFixture admin;
            QStringList args = kAddCounter;
            const qsizetype at = args.indexOf(c.option);
            if (c.value.isEmpty())
                args.remove(at, 2);
            else
                args[at + 1] = c.value;
            const AdminRun run = admin.run(args);
            CHECK(run.code == c.code);
            CHECK_FALSE(run.err.isEmpty());
            CHECK(admin.store()->listStaff().isEmpty());
        }
    }
    SECTION("a password shorter than 8 characters")
    {
        AdminFixture admin;
        const AdminRun run = admin.run(withPasswordStdin(kAddCounter), u"short\n"_s);
        CHECK(run.code == ExitCode::Failure);
        CHECK(run.err.contains(u"at least 8"_s));
        CHECK(admin.store()->listStaff().isEmpty());
    }
    SECTION("--password-stdin with nothing on stdin")
    {
        AdminFixture admin;
        CHECK(admin.run(withPasswordStdin(kAddCounter)).code == ExitCode::Failure);
        CHECK(admin.store()->listStaff().isEmpty());
    }
}

TEST_CASE("staff passwd replaces the password; staff disable deactivates; list shows no hashes")
{
    AdminFixture admin;
    REQUIRE(admin.run(withPasswordStdin(kAddCounter), u"old password\n"_s).code == ExitCode::Ok);

    const AdminRun passwd =
        admin.run({u"staff"_s, u"passwd"_s, u"--staff-id"_s, u"1001"_s, u"--password-stdin"_s}, u"new password\n"_s);
    REQUIRE(passwd.code == ExitCode::Ok);
    auto account = admin.store()->findStaff(u"1001"_s);
    REQUIRE(account.has_value());
    CHECK(net::Credentials::verifyPassword(u"new password"_s, account->passwordHash));
    CHECK_FALSE(net::Credentials::verifyPassword(u"old password"_s, account->passwordHash));

    REQUIRE(admin.run({u"staff"_s, u"disable"_s, u"--staff-id"_s, u"1001"_s}).code == ExitCode::Ok);
    account = admin.store()->findStaff(u"1001"_s);
    REQUIRE(account.has_value());
    CHECK_FALSE(account->active);

    const AdminRun list = admin.run({u"staff"_s, u"list"_s});
    CHECK(list.code == ExitCode::Ok);
    CHECK(list.out.contains(u"1001"_s));
    CHECK(list.out.contains(u"disabled"_s));
    CHECK_FALSE(list.out.contains(u"$argon2id"_s));

    CHECK(admin.run({u"staff"_s, u"passwd"_s, u"--staff-id"_s, u"9999"_s}).code == ExitCode::Failure);
    CHECK(admin.run({u"staff"_s, u"disable"_s, u"--staff-id"_s, u"9999"_s}).code == ExitCode::Failure);
}

TEST_CASE("commands that need an existing database fail on a data directory without one")
{
    AdminFixture admin;
    const AdminRun run = admin.run({u"staff"_s, u"list"_s});
    CHECK(run.code == ExitCode::Failure);
    CHECK(run.err.contains(u"no database"_s));
    CHECK_FALSE(QFileInfo::exists(admin.dataDir()));
}
