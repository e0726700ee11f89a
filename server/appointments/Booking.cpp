#include "appointments/Booking.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace hallq::appointments {

namespace {
constexpr std::array<std::pair<BookingState, QLatin1StringView>, 5> kNames{{
    {BookingState::Booked, "booked"_L1},
    {BookingState::CheckedIn, "checked_in"_L1},
    {BookingState::Late, "late"_L1},
    {BookingState::Cancelled, "cancelled"_L1},
    {BookingState::NoShow, "no_show"_L1},
}};
} // namespace

QString toString(BookingState state)
{
    for (const auto &[s, name] : kNames)
        if (s == state)
            return name;
    return {};
}

std::optional<BookingState> bookingStateFromString(QStringView name)
{
    for (const auto &[s, n] : kNames)
        if (name == n)
            return s;
    return std::nullopt;
}

} // namespace hallq::appointments
