// The kiosk's small parts on their own: masking, refusal wording.
#include "core/CardHolder.h"
#include "core/Refusal.h"

#include "KioskFixture.h"

#include <catch2/catch.hpp>

using namespace hallq;
using namespace hallq::kiosk;

TEST_CASE("card holder masks the name and number and forgets them", "[kiosk][card]")
{
    CardHolder card;
    const QString id = kiosk::test::makeIdNumber(QDate(1950, 3, 1));
    REQUIRE(card.set(id, QStringLiteral(" 欧阳修 "), QDate(2026, 3, 1)));
    CHECK(card.maskedName() == QStringLiteral("欧**"));
    CHECK(card.maskedId() == id.left(6) + QStringLiteral("********") + id.right(4));
    CHECK(card.ageOn(QDate(2026, 3, 1)) == 76);
    CHECK(card.ageOn(QDate(2026, 2, 28)) == 75);
    REQUIRE(card.identity().has_value());
    CHECK(card.identity()->idNumber == id);
    card.clear();
    CHECK_FALSE(card.present());
    CHECK(card.maskedId().isEmpty());
    CHECK_FALSE(card.identity().has_value());
    CHECK(CardHolder::maskName(QStringLiteral("JOHN SMITH")) == QStringLiteral("J*** S****"));
    CHECK(CardHolder::maskName(QStringLiteral("李")) == QStringLiteral("李"));
}

TEST_CASE("card holder refuses a number that fails the check", "[kiosk][card]")
{
    CardHolder card;
    QString bad = kiosk::test::makeIdNumber(QDate(1950, 3, 1));
    bad[17] = bad[17] == u'1' ? u'2' : u'1';
    CHECK_FALSE(card.set(bad, QStringLiteral("张三"), QDate(2026, 1, 1)));
    CHECK_FALSE(card.set(QStringLiteral("12345"), QStringLiteral("张三"), QDate(2026, 1, 1)));
    CHECK_FALSE(card.present());
}

TEST_CASE("refusals name the tickets the server says are held", "[kiosk][refusal]")
{
    CHECK(Refusal::heldNumbers(QStringLiteral("this identity already holds A012, B103 for accept today")) ==
          QStringList{QStringLiteral("A012"), QStringLiteral("B103")});
    CHECK(Refusal::heldNumbers(QStringLiteral("no numbers here; AB12 X1")).isEmpty());
    Refusal r{Refusal::Kind::Server,
              {protocol::ErrorCode::RealNameLimit, QStringLiteral("this identity already holds A012 for consult today")},
              QStringLiteral("综合咨询"),
              {}};
    CHECK(r.text().contains(QStringLiteral("A012")));
    r.error = {protocol::ErrorCode::Unavailable, QStringLiteral("timeout")};
    CHECK(r.text().contains(QStringLiteral("No number was issued")));
}

TEST_CASE("opening times read as today tomorrow or a date", "[kiosk][refusal]")
{
    const QDate today(2026, 9, 30);
    CHECK(Refusal::whenText(QDateTime(today, QTime(14, 0)), today) == QStringLiteral("today at 14:00"));
    CHECK(Refusal::whenText(QDateTime(today.addDays(1), QTime(8, 30)), today) == QStringLiteral("tomorrow at 08:30"));
    CHECK(Refusal::whenText(QDateTime(QDate(2026, 10, 8), QTime(8, 30)), today) == QStringLiteral("10/8 at 08:30"));
}
