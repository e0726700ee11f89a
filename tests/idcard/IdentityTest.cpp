#include <catch2/catch.hpp>

#include "FakeSam.h"
#include "idcard/IdentityTextDecoder.h"
#include "idcard/Nations.h"
#include "idcard/ReaderSpec.h"

using namespace hallq;
using namespace hallq::idcard;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 3, 2);

QByteArray ucs2(const QString &s, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes / 2; ++i) {
        const char16_t c = i < s.size() ? s[i].unicode() : u' ';
        out.append(char(c & 0xff)).append(char(c >> 8));
    }
    return out;
}
} // namespace

TEST_CASE("the card's text block decodes field by field", "[idcard][text]")
{
    // Built here from the documented offsets, not with the encoder under test.
    QByteArray text = ucs2(u"欧阳娜娜"_s, 30) + ucs2(u"2"_s, 2) + ucs2(u"03"_s, 4) + ucs2(u"19550101"_s, 16)
                      + ucs2(u"湖南省茶陵县严塘镇"_s, 70) + ucs2(u"430224195501011248"_s, 36)
                      + ucs2(u"茶陵县公安局"_s, 30) + ucs2(u"20100101"_s, 16) + ucs2(u"长期"_s, 16)
                      + ucs2(QString(), 36);
    REQUIRE(text.size() == 256);
    IdentityCard card;
    const ReaderError e = IdentityTextDecoder::decode(text, kToday, &card);
    INFO(e.detail.toStdString());
    REQUIRE_FALSE(e);
    CHECK(card.name == u"欧阳娜娜"_s);
    CHECK(card.sex == IdentityCard::Sex::Female);
    CHECK(card.sexText() == u"女"_s);
    CHECK(card.nationCode == u"03"_s);
    CHECK(card.nation == u"回"_s);
    CHECK(card.birthDate == QDate(1955, 1, 1));
    CHECK(card.address == u"湖南省茶陵县严塘镇"_s);
    CHECK(card.idNumber == u"430224195501011248"_s);
    CHECK(card.issuingAuthority == u"茶陵县公安局"_s);
    CHECK(card.validFrom == QDate(2010, 1, 1));
    CHECK(card.validLongTerm);
    CHECK_FALSE(card.validUntil.isValid());
    CHECK_FALSE(card.isExpiredOn(kToday));
    CHECK(card.ageOn(kToday) == 71);
    CHECK(card.masked() == u"430224********1248"_s);
    CHECK(card.maskedName() == u"欧***"_s);
}

TEST_CASE("a wrong check digit or a birth date that disagrees is refused", "[idcard][text]")
{
    IdentityCard card = test::FakeSam::sampleCard();
    IdentityCard out;
    REQUIRE_FALSE(IdentityTextDecoder::decode(IdentityTextDecoder::encode(card), kToday, &out));
    CHECK(out == card);

    IdentityCard badDigit = card;
    badDigit.idNumber[17] = u'9';
    CHECK(IdentityTextDecoder::decode(IdentityTextDecoder::encode(badDigit), kToday, &out).code
          == ReaderErrorCode::InvalidIdNumber);
    IdentityCard otherBirth = card;
    otherBirth.birthDate = QDate(1990, 3, 8);
    const ReaderError mismatch = IdentityTextDecoder::decode(IdentityTextDecoder::encode(otherBirth), kToday, &out);
    CHECK(mismatch.code == ReaderErrorCode::BirthDateMismatch);
    CHECK_FALSE(mismatch.detail.contains(card.idNumber)); // errors never carry the full number
    CHECK(IdentityTextDecoder::decode(QByteArray(100, ' '), kToday, &out).code == ReaderErrorCode::BadTextBlock);
    CHECK(IdentityTextDecoder::decode(QByteArray(256, '\0'), kToday, &out).code == ReaderErrorCode::BadTextBlock);
}

TEST_CASE("age, expiry and masking of a card", "[idcard][text]")
{
    IdentityCard c = test::FakeSam::sampleCard(); // born 1990-03-07
    CHECK(c.ageOn(QDate(2026, 3, 6)) == 35);
    CHECK(c.ageOn(QDate(2026, 3, 7)) == 36);
    CHECK(c.isExpiredOn(QDate(2035, 6, 2)));
    CHECK_FALSE(c.isExpiredOn(QDate(2035, 6, 1)));
    CHECK(c.masked() == u"430224********1238"_s);
    CHECK(c.maskedName() == u"张*"_s);
    c.idNumber[17] = u'X';
    CHECK(c.masked().endsWith(u"123X"_s));
}

TEST_CASE("nation codes", "[idcard][text]")
{
    CHECK(nationName(u"01") == u"汉"_s);
    CHECK(nationName(u"56") == u"基诺"_s);
    CHECK(nationName(u"97") == u"其他"_s);
    CHECK(nationName(u"98") == u"外国血统中国籍人士"_s);
    CHECK(nationName(u"57").isEmpty());
    CHECK(nationName(u"1").isEmpty());
}

TEST_CASE("reader specs parse into their kinds", "[idcard][spec]")
{
    QString error;
    const ReaderSpec usb = ReaderSpec::parse(u"usb", &error);
    CHECK(usb.kind == ReaderSpec::Kind::Usb);
    CHECK(usb.usbIds == UsbId::defaults());
    const ReaderSpec one = ReaderSpec::parse(u"usb:0400:C35A", &error);
    REQUIRE(one.usbIds.size() == 1);
    CHECK(one.usbIds[0] == UsbId{0x0400, 0xc35a});
    CHECK(ReaderSpec::parse(u"usb:0400:c35a,0316:5020", &error).usbIds.size() == 2);
    const ReaderSpec serial = ReaderSpec::parse(u"serial:/dev/pts/7", &error);
    CHECK(serial.kind == ReaderSpec::Kind::Serial);
    CHECK(serial.path == u"/dev/pts/7"_s);
    const ReaderSpec sim = ReaderSpec::parse(u"simulated:/tmp/card.json", &error);
    CHECK(sim.kind == ReaderSpec::Kind::Simulated);
    CHECK(sim.isSimulated());
    CHECK(sim.path == u"/tmp/card.json"_s);
    CHECK(ReaderSpec::parse(u"", &error).kind == ReaderSpec::Kind::None);
    CHECK(error.isEmpty());
    for (const char16_t *bad : {u"usb:0400", u"usb:zzzz:0001", u"serial:ttyUSB0", u"bluetooth", u"usb:04000:c35a"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK(ReaderSpec::parse(QStringView(bad), &error).kind == ReaderSpec::Kind::None);
        CHECK_FALSE(error.isEmpty());
    }
    CHECK(ReaderSpec::parse(u"usb:0400:C35A", &error).toString() == u"usb:0400:c35a"_s);
}
