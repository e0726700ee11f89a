// hallq-admin config: check reports every problem with exit 1; import stores
// a hall JSON that loads again wherever the server resolves paths.
#include "AdminFixture.h"

#include "admin/ConfigCommand.h"
#include "config/HallConfigLoader.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace hallq;
using namespace hallq::admin;
using namespace hallq::admin::test;

namespace {

QString shippedHall()
{
    return sourceDir() + u"/resources/halls/chaling.json"_s;
}

// The shipped hall with one service's prefix broken and a window number repeated.
QString writeBrokenHall(const AdminFixture &admin)
{
    QFile shipped(shippedHall());
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(shipped.readAll());
    text.replace(u"\"prefix\": \"C\""_s, u"\"prefix\": \"CC\""_s);
    text.replace(u"{\"number\": 12,"_s, u"{\"number\": 11,"_s);
    // Written elsewhere, so the calendar path must not be relative any more.
    text.replace(u"../calendars/"_s, sourceDir() + u"/resources/calendars/"_s);
    QFile broken(admin.scratchPath(u"broken.json"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(text.toUtf8());
    return broken.fileName();
}

} // namespace

TEST_CASE("config check accepts the shipped hall")
{
    AdminFixture admin;
    const AdminRun run = admin.run({u"config"_s, u"check"_s, shippedHall()});
    INFO(run.err.toStdString());
    CHECK(run.code == ExitCode::Ok);
    CHECK(run.out.contains(u"12 windows"_s));
}

TEST_CASE("config check prints every problem of a broken hall and exits 1")
{
    AdminFixture admin;
    const QString broken = writeBrokenHall(admin);
    const AdminRun run = admin.run({u"config"_s, u"check"_s, broken});
    CHECK(run.code == ExitCode::Failure);
    CHECK(run.err.contains(broken + u": services[2].prefix: "_s));
    CHECK(run.err.contains(broken + u": windows[window 11].number: "_s));
}

TEST_CASE("config check without a file is a usage error")
{
    AdminFixture admin;
    CHECK(admin.run({u"config"_s, u"check"_s}).code == ExitCode::Usage);
    CHECK(admin.run({u"config"_s, u"check"_s, u"a.json"_s, u"b.json"_s}).code == ExitCode::Usage);
}

TEST_CASE("config import stores the hall under hall_config, loadable from anywhere")
{
    AdminFixture admin;
    const AdminRun run = admin.run({u"config"_s, u"import"_s, shippedHall()});
    INFO(run.err.toStdString());
    REQUIRE(run.code == ExitCode::Ok);
    const std::optional<QString> stored = admin.store()->setting(u"hall_config"_s);
    REQUIRE(stored.has_value());
    // Calendar paths were made absolute, so an unrelated base folder still works.
    const auto loaded =
        config::HallConfigLoader::loadFromJson(stored->toUtf8(), u"(imported)"_s, admin.scratchPath(u"elsewhere"_s));
    if (const auto *errors = std::get_if<config::ConfigErrors>(&loaded))
        FAIL(errors->toString().toStdString());
    const config::LoadedHall &hall = std::get<config::LoadedHall>(loaded);
    CHECK(hall.config.id == u"chaling"_s);
    CHECK(hall.config.calendar.holidays.size() == 33);
}

TEST_CASE("config import of a broken hall stores nothing")
{
    AdminFixture admin;
    const AdminRun run = admin.run({u"config"_s, u"import"_s, writeBrokenHall(admin)});
    CHECK(run.code == ExitCode::Failure);
    CHECK(run.err.contains(u"nothing changed"_s));
    CHECK_FALSE(QFileInfo::exists(admin.dataDir()));
}
