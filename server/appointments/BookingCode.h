#pragma once

#include <QString>

namespace hallq::appointments {

// Booking codes: 8 random characters from an alphabet without look-alikes
// (no 0/O, 1/I/L, 5/S...), easy to read out over the phone and to type.
class BookingCode
{
public:
    static QString generate();
    // Upper-cased and trimmed, as codes are compared.
    static QString normalized(QStringView code);
};

} // namespace hallq::appointments
