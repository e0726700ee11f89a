#include "appointments/PersonalData.h"

#include <QList>

namespace hallq::appointments {

bool PersonalData::isMobileNumber(QStringView phone)
{
    if (phone.size() != 11 || phone[0] != u'1' || phone[1] < u'3' || phone[1] > u'9')
        return false;
    for (QChar c : phone)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

QString PersonalData::maskPhone(QStringView phone)
{
    if (!isMobileNumber(phone))
        return QString(phone.size(), u'*');
    return phone.first(3).toString() + QStringLiteral("****") + phone.last(4).toString();
}

QString PersonalData::maskName(QStringView name)
{
    const QString trimmed = name.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    // Count characters, not UTF-16 units: rare surnames lie outside the BMP.
    const auto chars = trimmed.toUcs4();
    const char32_t first = chars.first();
    return QString::fromUcs4(&first, 1) + QString(chars.size() - 1, u'*');
}

} // namespace hallq::appointments
