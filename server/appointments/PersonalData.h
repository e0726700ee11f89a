#pragma once

#include <QString>

namespace hallq::appointments {

// The masked forms a booking keeps of what the citizen gave.
class PersonalData
{
public:
    // Mainland mobile number: 11 digits starting 1[3-9].
    static bool isMobileNumber(QStringView phone);
    // "138****5678"; anything else comes back as stars only.
    static QString maskPhone(QStringView phone);
    // "张*" / "欧阳**": the first character, one star per other character.
    static QString maskName(QStringView name);
};

} // namespace hallq::appointments
