#pragma once

#include <QDate>
#include <QString>

namespace hallq::protocol {

// The 18-character resident identity number (GB 11643-1999): 6-digit region,
// 8-digit birth date, 3-digit sequence, 1 check character (ISO 7064 MOD 11-2,
// 'X' for 10). Personal data: callers must never log or store it in clear;
// mask() is the only form that may be shown or kept.
class IdNumber
{
public:
    // 18 chars, 17 digits + digit/X (lowercase x accepted), right check
    // character, a real birth date between 1900-01-01 and today.
    static bool isValid(QStringView id, QDate today);
    static bool isValidNow(QStringView id); // today = QDate::currentDate()

    // "430224********1234": first 6, 8 stars, last 4 (X upper-cased). Input
    // that is not 18 characters comes back as stars only, never in clear.
    static QString mask(QStringView id);
    // True for exactly the shape mask() produces from a well-formed number.
    static bool isMasked(QStringView text);

    // Upper-cases a trailing x; anything else unchanged.
    static QString normalized(QStringView id);

    // Invalid QDate / -1 when the birth-date part is not a date.
    static QDate birthDate(QStringView id);
    static int ageOn(QStringView id, QDate day); // full years on that day

    // The check character the first 17 digits call for; '\0' when they are not digits.
    static QChar checkCharacter(QStringView first17);
};

} // namespace hallq::protocol
