#include "protocol/IdNumber.h"

#include <array>

namespace hallq::protocol {
namespace {

constexpr qsizetype kLength = 18;
// GB 11643-1999 / ISO 7064 MOD 11-2: weight of digit i is 2^(17-i) mod 11.
constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isCheckChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'X' || c == u'x';
}

} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return QChar();
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[std::size_t(i)];
    return QLatin1Char(kCheckChars[sum % 11]);
}

bool IdNumber::isValid(QStringView id, QDate today)
{
    if (id.size() != kLength || !isCheckChar(id[17]))
        return false;
    const QChar expected = checkCharacter(id.first(17));
    if (expected.isNull() || expected != id[17].toUpper())
        return false;
    const QDate born = birthDate(id);
    return born.isValid() && born >= QDate(1900, 1, 1) && born <= today;
}

bool IdNumber::isValidNow(QStringView id)
{
    return isValid(id, QDate::currentDate());
}

QString IdNumber::mask(QStringView id)
{
    if (id.size() != kLength)
        return QString(id.size(), u'*');
    return id.first(6).toString() + QString(8, u'*') + id.last(4).toString().toUpper();
}

bool IdNumber::isMasked(QStringView text)
{
    if (text.size() != kLength || !allDigits(text.first(6)) || !allDigits(text.sliced(14, 3))
        || text[17].isLower() || !isCheckChar(text[17]))
        return false;
    for (QChar c : text.sliced(6, 8)) {
        if (c != u'*')
            return false;
    }
    return true;
}

QString IdNumber::normalized(QStringView id)
{
    QString out = id.toString();
    if (!out.isEmpty() && out.back() == u'x')
        out.back() = u'X';
    return out;
}

QDate IdNumber::birthDate(QStringView id)
{
    if (id.size() != kLength || !allDigits(id.sliced(6, 8)))
        return {};
    const auto part = [&](qsizetype from, qsizetype n) { return id.sliced(from, n).toInt(); };
    return QDate(part(6, 4), part(10, 2), part(12, 2)); // invalid for e.g. 19990230
}

int IdNumber::ageOn(QStringView id, QDate day)
{
    const QDate born = birthDate(id);
    if (!born.isValid() || !day.isValid() || day < born)
        return -1;
    int age = day.year() - born.year();
    // Not yet had this year's birthday (a 29 Feb birthday counts from 1 Mar).
    if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day()))
        --age;
    return age;
}

} // namespace hallq::protocol
