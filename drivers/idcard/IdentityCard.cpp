#include "idcard/IdentityCard.h"

#include "protocol/IdNumber.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {

QString IdentityCard::masked() const
{
    return protocol::IdNumber::mask(idNumber);
}

QString IdentityCard::maskedName() const
{
    if (name.isEmpty())
        return QString();
    const QList<uint> chars = name.toUcs4();
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), 1);
    out += QString(std::max<qsizetype>(1, chars.size() - 1), u'*');
    return out;
}

QString IdentityCard::sexText() const
{
    switch (sex) {
    case Sex::Male: return u"男"_s;
    case Sex::Female: return u"女"_s;
    case Sex::Unstated: return u"未说明"_s;
    case Sex::Unknown: break;
    }
    return u"未知"_s;
}

int IdentityCard::ageOn(QDate day) const
{
    // The decoder checked that the number's birth date is the card's birth date.
    return protocol::IdNumber::ageOn(idNumber, day);
}

bool IdentityCard::isExpiredOn(QDate day) const
{
    return !validLongTerm && validUntil.isValid() && day > validUntil;
}

} // namespace hallq::idcard
