// `hallq-admin appointments …` against the real server, through the HTTP API.

#include "ApiFixture.h"

#include <QRegularExpression>

using namespace hallq::test;
using namespace Qt::StringLiterals;

TEST_CASE("hallq-admin books, looks up, lists and cancels through the server", "[appointments][admin]")
{
    ApiFixture f;
    f.policy.insert(u"capacity"_s, 1);
    f.start();
    const QString day = f.today.addDays(1).toString(Qt::ISODate);
    const QStringList connection{u"--server"_s, f.server.httpUrl().toString(), u"--key"_s, f.apiKey};
    const auto run = [&](QStringList args, const QByteArray &input = {}) {
        return f.admin(QStringList{u"appointments"_s} + args + connection, input);
    };

    const auto grid = run({u"slots"_s, u"--service"_s, u"accept"_s, u"--day"_s, day});
    INFO(grid.err.toStdString());
    REQUIRE(grid.exitCode == 0);
    CHECK(grid.out.contains(u"10:00"_s));
    CHECK(grid.out.contains(u"0/1"_s));

    // The ID number comes on standard input, not on the command line.
    const auto booked = run({u"book"_s, u"--service"_s, u"accept"_s, u"--day"_s, day, u"--time"_s, u"10:00"_s,
                             u"--name"_s, u"王五"_s, u"--phone"_s, u"13912345678"_s},
                            idNumber(41).toLatin1() + '\n');
    INFO(booked.err.toStdString());
    REQUIRE(booked.exitCode == 0);
    static const QRegularExpression codePattern(u"code ([0-9A-Z]{8})"_s);
    const QString code = codePattern.match(booked.out).captured(1);
    REQUIRE(code.size() == 8);
    CHECK(f.rowState(code) == u"booked"_s);

    const auto full = run({u"book"_s, u"--service"_s, u"accept"_s, u"--day"_s, day, u"--time"_s, u"10:00"_s,
                           u"--name"_s, u"赵六"_s, u"--id-number"_s, idNumber(42)});
    CHECK(full.exitCode == 1);
    CHECK(full.err.contains(u"slot_full"_s));

    const auto shown = run({u"lookup"_s, u"--code"_s, code});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(u"王*"_s));
    CHECK(shown.out.contains(u"139****5678"_s));
    CHECK_FALSE(shown.out.contains(idNumber(41)));
    const auto mine = run({u"lookup"_s, u"--name"_s, u"王五"_s}, idNumber(41).toLatin1() + '\n');
    CHECK(mine.exitCode == 0);
    CHECK(mine.out.contains(code));
    const auto listed = run({u"list"_s, u"--day"_s, day});
    CHECK(listed.out.contains(code));
    CHECK(listed.out.contains(u"booked"_s));

    CHECK(run({u"cancel"_s, u"--code"_s, code}).exitCode == 0);
    CHECK(f.rowState(code) == u"cancelled"_s);
    CHECK(run({u"cancel"_s, u"--code"_s, code}).err.contains(u"wrong_state"_s));
}

TEST_CASE("hallq-admin appointments says what is missing", "[appointments][admin]")
{
    ApiFixture f;
    const auto noKey = f.admin({u"appointments"_s, u"list"_s, u"--day"_s, u"2026-03-02"_s});
    CHECK(noKey.exitCode == 2);
    CHECK(noKey.err.contains(u"API key"_s));
    const auto badId = f.admin({u"appointments"_s, u"book"_s, u"--key"_s, u"k"_s, u"--service"_s, u"accept"_s,
                                u"--day"_s, u"2026-03-02"_s, u"--time"_s, u"10:00"_s, u"--name"_s, u"王五"_s},
                               "110105198001010011\n");
    CHECK(badId.exitCode == 2);
    CHECK(badId.err.contains(u"ID number is not valid"_s));
    // No server listening there: a plain failure, not a hang.
    const auto down = f.admin({u"appointments"_s, u"list"_s, u"--day"_s, u"2026-03-02"_s, u"--key"_s, u"k"_s,
                               u"--server"_s, u"http://127.0.0.1:1"_s});
    CHECK(down.exitCode == 1);
    CHECK(down.err.contains(u"no answer"_s));
}
