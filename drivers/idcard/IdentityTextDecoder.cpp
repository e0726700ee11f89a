#include "idcard/IdentityTextDecoder.h"

#include "idcard/Nations.h"
#include "idcard/SamCodec.h"
#include "protocol/IdNumber.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {
namespace {

struct Field
{
    int offset;
    int length;
};
constexpr Field kName{0, 30}, kSex{30, 2}, kNation{32, 4}, kBirth{36, 16}, kAddress{52, 70}, kNumber{122, 36},
    kAuthority{158, 30}, kValidFrom{188, 16}, kValidTo{204, 16};

QString field(QByteArrayView text, Field f)
{
    const QByteArrayView bytes = text.sliced(f.offset, f.length);
    QString s(f.length / 2, Qt::Uninitialized);
    for (int i = 0; i < f.length / 2; ++i)
        s[i] = QChar(char16_t(quint8(bytes[2 * i]) | (quint8(bytes[2 * i + 1]) << 8)));
    // Space padded; some readers pad with NULs.
    while (!s.isEmpty() && (s.back() == u' ' || s.back() == QChar(0)))
        s.chop(1);
    return s.trimmed();
}

void put(QByteArray &text, Field f, const QString &value)
{
    for (int i = 0; i < f.length / 2; ++i) {
        const char16_t c = i < value.size() ? value[i].unicode() : u' ';
        text[f.offset + 2 * i] = char(c & 0xff);
        text[f.offset + 2 * i + 1] = char(c >> 8);
    }
}

QDate date(const QString &yyyymmdd)
{
    return yyyymmdd.size() == 8 ? QDate::fromString(yyyymmdd, u"yyyyMMdd"_s) : QDate();
}

} // namespace

ReaderError IdentityTextDecoder::validate(const IdentityCard &card, QDate today)
{
    if (!protocol::IdNumber::isValid(card.idNumber, today))
        return ReaderError::make(ReaderErrorCode::InvalidIdNumber, u"ID number fails GB 11643 (%1)"_s.arg(card.masked()));
    if (protocol::IdNumber::birthDate(card.idNumber) != card.birthDate)
        return ReaderError::make(ReaderErrorCode::BirthDateMismatch,
                                 u"the number's birth date is not the card's (%1)"_s.arg(card.masked()));
    return ReaderError::none();
}

ReaderError IdentityTextDecoder::decode(QByteArrayView text, QDate today, IdentityCard *card)
{
    if (text.size() != SamCodec::kTextSize)
        return ReaderError::make(ReaderErrorCode::BadTextBlock, u"text block of %1 bytes"_s.arg(text.size()));
    IdentityCard c;
    c.name = field(text, kName);
    const QString sex = field(text, kSex);
    c.sex = sex == u"1"   ? IdentityCard::Sex::Male
            : sex == u"2" ? IdentityCard::Sex::Female
            : sex == u"9" ? IdentityCard::Sex::Unstated
                          : IdentityCard::Sex::Unknown;
    c.nationCode = field(text, kNation);
    c.nation = nationName(c.nationCode);
    c.birthDate = date(field(text, kBirth));
    c.address = field(text, kAddress);
    c.idNumber = protocol::IdNumber::normalized(field(text, kNumber));
    c.issuingAuthority = field(text, kAuthority);
    c.validFrom = date(field(text, kValidFrom));
    const QString to = field(text, kValidTo);
    c.validLongTerm = to == u"长期";
    c.validUntil = c.validLongTerm ? QDate() : date(to);
    if (c.name.isEmpty() || !c.birthDate.isValid() || c.sex == IdentityCard::Sex::Unknown)
        return ReaderError::make(ReaderErrorCode::BadTextBlock, u"name, sex or birth date unreadable"_s);
    if (const ReaderError e = validate(c, today))
        return e;
    *card = std::move(c);
    return ReaderError::none();
}

QByteArray IdentityTextDecoder::encode(const IdentityCard &card)
{
    QByteArray text(SamCodec::kTextSize, ' ');
    for (int i = 1; i < text.size(); i += 2)
        text[i] = 0;
    put(text, kName, card.name);
    put(text, kSex, QString::number(int(card.sex)));
    put(text, kNation, card.nationCode);
    put(text, kBirth, card.birthDate.toString(u"yyyyMMdd"_s));
    put(text, kAddress, card.address);
    put(text, kNumber, card.idNumber);
    put(text, kAuthority, card.issuingAuthority);
    put(text, kValidFrom, card.validFrom.toString(u"yyyyMMdd"_s));
    put(text, kValidTo, card.validLongTerm ? u"长期"_s : card.validUntil.toString(u"yyyyMMdd"_s));
    return text;
}

} // namespace hallq::idcard
