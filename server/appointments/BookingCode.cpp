#include "appointments/BookingCode.h"

#include <sodium.h>
#include <stdexcept>

namespace hallq::appointments {

QString BookingCode::generate()
{
    static constexpr char kAlphabet[] = "2346789ABCDEFGHJKMNPQRTUVWXYZ";
    constexpr uint32_t kSize = sizeof(kAlphabet) - 1;
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    QString code;
    for (int i = 0; i < 8; ++i)
        code.append(QLatin1Char(kAlphabet[randombytes_uniform(kSize)]));
    return code;
}

QString BookingCode::normalized(QStringView code)
{
    return code.trimmed().toString().toUpper();
}

} // namespace hallq::appointments
