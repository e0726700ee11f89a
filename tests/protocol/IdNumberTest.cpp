#include "protocol/IdNumber.h"

#include <catch2/catch.hpp>

using hallq::protocol::IdNumber;
using namespace Qt::StringLiterals;

namespace {

// An independent statement of GB 11643 / ISO 7064 MOD 11-2, written from
// the standard's formula rather than its weight table: the check value c
// makes sum(a_i * 2^(17-i)) + c == 1 (mod 11).
QString withCheckDigit(const QString &first17)
{
    int sum = 0;
    int weight = 1;
    for (int i = 16; i >= 0; --i) {
        weight = weight * 2 % 11; // 2^(17-i) mod 11
        sum += (first17[i].unicode() - u'0') * weight;
    }
    const int c = (12 - sum % 11) % 11;
    return first17 + (c == 10 ? u"X"_s : QString::number(c));
}

const QDate kToday(2026, 11, 29);

} // namespace

TEST_CASE("numbers with a computed check digit are valid", "[protocol][idnumber]")
{
    const QString first17 = GENERATE(as<QString>{}, u"43022419800101123"_s, u"11010519491231002"_s,
                                     u"44030020000229567"_s, u"65010219121231999"_s);
    const QString id = withCheckDigit(first17);
    INFO(IdNumber::mask(id).toStdString());
    CHECK(IdNumber::isValid(id, kToday));
    CHECK(IdNumber::checkCharacter(first17) == id.back());
}

TEST_CASE("the standard's published example is valid", "[protocol][idnumber]")
{
    CHECK(IdNumber::isValid(u"11010519491231002X", kToday));
    CHECK(IdNumber::isValid(u"11010519491231002x", kToday)); // lowercase x accepted
    CHECK(IdNumber::normalized(u"11010519491231002x") == u"11010519491231002X"_s);
    CHECK(IdNumber::checkCharacter(u"44052418800101001") == u'4'); // GB 11643 example 440524188001010014
}

TEST_CASE("a wrong check digit is refused", "[protocol][idnumber]")
{
    const QString good = withCheckDigit(u"43022419800101123"_s);
    for (QChar wrong : u"0123456789X"_s) {
        if (wrong == good.back())
            continue;
        QString bad = good;
        bad.back() = wrong;
        CHECK_FALSE(IdNumber::isValid(bad, kToday));
    }
}

TEST_CASE("implausible birth dates are refused even with a right check digit", "[protocol][idnumber]")
{
    const QString first17 = GENERATE(as<QString>{},
                                     u"43022419990230123"_s,  // 30 February
                                     u"43022420011301123"_s,  // month 13
                                     u"43022418991231123"_s,  // before 1900
                                     u"43022420261130123"_s); // after "today"
    CHECK_FALSE(IdNumber::isValid(withCheckDigit(first17), kToday));
}

TEST_CASE("malformed numbers are refused", "[protocol][idnumber]")
{
    const QString good = withCheckDigit(u"43022419800101123"_s);
    CHECK_FALSE(IdNumber::isValid(good.left(17), kToday));
    CHECK_FALSE(IdNumber::isValid(good + u'1', kToday));
    CHECK_FALSE(IdNumber::isValid(u"", kToday));
    CHECK_FALSE(IdNumber::isValid(u"43022419800101123Y", kToday));
    QString letter = good;
    letter[3] = u'A';
    CHECK_FALSE(IdNumber::isValid(letter, kToday));
    CHECK(IdNumber::checkCharacter(u"4302241980010112A").isNull());
}

TEST_CASE("masking keeps 6 + 4 characters and nothing else", "[protocol][idnumber]")
{
    CHECK(IdNumber::mask(u"430224198001011234") == u"430224********1234"_s);
    CHECK(IdNumber::mask(u"11010519491231002x") == u"110105********002X"_s);
    CHECK(IdNumber::isMasked(IdNumber::mask(u"11010519491231002X")));
    CHECK_FALSE(IdNumber::isMasked(u"11010519491231002X"));
    CHECK_FALSE(IdNumber::isMasked(u"110105*******1002X"));
    // Wrong length: stars only, never any of the input.
    CHECK(IdNumber::mask(u"4302241980010") == u"*************"_s);
}

TEST_CASE("birth date and age come from the number", "[protocol][idnumber]")
{
    const QString id = withCheckDigit(u"43022419561130123"_s);
    CHECK(IdNumber::birthDate(id) == QDate(1956, 11, 30));
    CHECK(IdNumber::ageOn(id, QDate(2026, 11, 29)) == 69);
    CHECK(IdNumber::ageOn(id, QDate(2026, 11, 30)) == 70);
    const QString leap = withCheckDigit(u"44030020000229567"_s);
    CHECK(IdNumber::ageOn(leap, QDate(2018, 2, 28)) == 17);
    CHECK(IdNumber::ageOn(leap, QDate(2018, 3, 1)) == 18);
    CHECK_FALSE(IdNumber::birthDate(u"430224199902301234").isValid());
    CHECK(IdNumber::ageOn(u"430224199902301234", kToday) == -1);
}
