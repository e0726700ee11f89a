#include "engine/EngineError.h"
#include "engine/Enums.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace hallq::engine;

namespace {

// Every value has the documented name, and the name leads back to the value.
template <class E, class FromString>
void checkNames(const QStringList &names, FromString fromString)
{
    for (int i = 0; i < names.size(); ++i) {
        const auto value = static_cast<E>(i);
        CHECK(toString(value) == names[i]);
        const auto back = fromString(names[i]);
        REQUIRE(back.has_value());
        CHECK(*back == value);
    }
    CHECK(toString(static_cast<E>(names.size())).isEmpty()); // no value left out of the list
    CHECK_FALSE(fromString(QStringLiteral("no_such_name")).has_value());
    CHECK_FALSE(fromString(QString()).has_value());
}

QStringList split(const char *names)
{
    return QString::fromLatin1(names).split(u' ');
}

} // namespace

TEST_CASE("enum names are the stable snake_case wire names", "[engine][enums]")
{
    checkNames<TicketClass>(split("normal green appointment assisted"), ticketClassFromString);
    checkNames<TicketState>(split("waiting called serving finished no_show parked cancelled"), ticketStateFromString);
    checkNames<CaseType>(split("immediate promised reported joint"), caseTypeFromString);
    checkNames<Placement>(split("front end by_issue_time"), placementFromString);
    checkNames<WindowState>(split("closed idle calling serving paused"), windowStateFromString);
    checkNames<PauseReason>(split("lunch meeting system_fault other"), pauseReasonFromString);
    checkNames<EventType>(split("issued called recalled serving_started finished no_show reactivated transferred "
                                "parked unparked cancelled window_opened window_closed window_paused window_resumed printed "
                                "shown_on_screen"),
                          eventTypeFromString);
}

TEST_CASE("error codes have snake_case names", "[engine][enums]")
{
    const QStringList names = split(
        "invalid_argument unknown_service unknown_ticket unknown_window wrong_state window_not_open window_busy "
        "window_paused window_idle not_served_here nothing_waiting sold_out outside_hours real_name_required "
        "real_name_limit staff_already_open class_not_accepted");
    for (int i = 0; i < names.size(); ++i)
        CHECK(toString(static_cast<ErrorCode>(i)) == names[i]);
    CHECK(toString(static_cast<ErrorCode>(names.size())).isEmpty());
}

TEST_CASE("only finished and cancelled are terminal", "[engine][enums]")
{
    CHECK(isTerminal(TicketState::Finished));
    CHECK(isTerminal(TicketState::Cancelled));
    for (TicketState s : {TicketState::Waiting, TicketState::Called, TicketState::Serving, TicketState::NoShow,
                          TicketState::Parked})
        CHECK_FALSE(isTerminal(s));
}
