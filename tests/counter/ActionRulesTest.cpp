// Which actions the counter offers in each situation: every action, and each
// reason it can be unavailable.
#include "counter/core/ActionRules.h"
#include "counter/core/HallCatalogue.h"

#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace hallq::counter;
using W = CounterSituation::Window;

namespace {

CounterSituation working(W window)
{
    CounterSituation s;
    s.connected = true;
    s.loggedIn = true;
    s.window = window;
    s.hasTicket = window == W::Calling || window == W::Serving;
    s.recallLimit = 3;
    return s;
}

QList<CounterAction> enabledIn(const CounterSituation &s)
{
    QList<CounterAction> out;
    for (CounterAction a : kAllActions)
        if (ActionRules::enabled(a, s))
            out << a;
    return out;
}

} // namespace

TEST_CASE("an idle window can call pause and log out and nothing about a ticket", "[counter][rules]")
{
    auto s = working(W::Idle);
    s.waitingForMe = 2;
    CHECK(enabledIn(s) == QList<CounterAction>{CounterAction::CallNext, CounterAction::Pause, CounterAction::Logout});
    s.waitingForMe = 0;
    CHECK_FALSE(ActionRules::enabled(CounterAction::CallNext, s));
    CHECK_FALSE(ActionRules::why(CounterAction::CallNext, s).isEmpty());
}

TEST_CASE("a calling window can recall no-show serve transfer and park", "[counter][rules]")
{
    auto s = working(W::Calling);
    s.waitingForMe = 5;
    CHECK(enabledIn(s)
          == QList<CounterAction>{CounterAction::Recall, CounterAction::NoShow, CounterAction::Transfer,
                                  CounterAction::StartServing, CounterAction::Park});
    // At the recall limit, recall is off: the next step is an explicit no-show.
    s.recallCount = 3;
    CHECK_FALSE(ActionRules::enabled(CounterAction::Recall, s));
    CHECK(ActionRules::enabled(CounterAction::NoShow, s));
    s.recallCount = 2;
    CHECK(ActionRules::enabled(CounterAction::Recall, s));
}

TEST_CASE("a serving window can finish transfer park ask for a rating and print", "[counter][rules]")
{
    auto s = working(W::Serving);
    s.rateableTicket = true;
    s.printableTicket = true;
    CHECK(enabledIn(s)
          == QList<CounterAction>{CounterAction::Transfer, CounterAction::Finish, CounterAction::Park,
                                  CounterAction::AskRating, CounterAction::PrintAcceptance,
                                  CounterAction::PrintMaterials});
    CHECK_FALSE(ActionRules::enabled(CounterAction::NoShow, s));
    CHECK_FALSE(ActionRules::enabled(CounterAction::Logout, s));
    s.printerReady = false;
    CHECK_FALSE(ActionRules::enabled(CounterAction::PrintAcceptance, s));
}

TEST_CASE("a paused window can only resume and log out", "[counter][rules]")
{
    auto s = working(W::Paused);
    s.waitingForMe = 9;
    CHECK(enabledIn(s) == QList<CounterAction>{CounterAction::Resume, CounterAction::Logout});
}

TEST_CASE("list actions need a selection and an idle window", "[counter][rules]")
{
    auto s = working(W::Idle);
    CHECK_FALSE(ActionRules::enabled(CounterAction::CallSelected, s));
    CHECK_FALSE(ActionRules::enabled(CounterAction::Unpark, s));
    CHECK_FALSE(ActionRules::enabled(CounterAction::Reactivate, s));
    s.waitingSelected = s.parkedSelected = s.noShowSelected = true;
    CHECK(ActionRules::enabled(CounterAction::CallSelected, s));
    CHECK(ActionRules::enabled(CounterAction::Unpark, s));
    CHECK(ActionRules::enabled(CounterAction::Reactivate, s));
    auto busy = working(W::Serving);
    busy.waitingSelected = busy.parkedSelected = busy.noShowSelected = true;
    CHECK_FALSE(ActionRules::enabled(CounterAction::CallSelected, busy));
    CHECK_FALSE(ActionRules::enabled(CounterAction::Unpark, busy));
    CHECK(ActionRules::enabled(CounterAction::Reactivate, busy)); // puts it back in a queue: no window needed
}

TEST_CASE("without the server or while a request is out nothing is sent but printing works", "[counter][rules]")
{
    for (W window : {W::Idle, W::Calling, W::Serving, W::Paused}) {
        auto s = working(window);
        s.waitingForMe = 3;
        s.waitingSelected = s.parkedSelected = s.noShowSelected = true;
        s.rateableTicket = s.printableTicket = true;
        auto offline = s;
        offline.connected = false;
        auto busy = s;
        busy.busy = true;
        for (CounterAction a : kAllActions) {
            const bool print = a == CounterAction::PrintAcceptance || a == CounterAction::PrintMaterials;
            INFO(int(a));
            CHECK(ActionRules::enabled(a, offline) == (print && ActionRules::enabled(a, s)));
            CHECK(ActionRules::enabled(a, busy) == (print && ActionRules::enabled(a, s)));
        }
        CHECK(ActionRules::why(CounterAction::CallNext, offline) == ActionRules::why(CounterAction::Finish, offline));
    }
    CounterSituation loggedOut;
    loggedOut.connected = true;
    CHECK(enabledIn(loggedOut).isEmpty());
}

TEST_CASE("the notices offer the materials of the hall's own service guide", "[counter][catalogue]")
{
    QFile file(qEnvironmentVariable("HALLQ_SOURCE_DIR") + QStringLiteral("/resources/halls/chaling.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    HallCatalogue catalogue;
    catalogue.load(QJsonDocument::fromJson(file.readAll()).object());
    REQUIRE(catalogue.loaded());
    const auto accept = catalogue.guideMaterials(QStringLiteral("accept"));
    REQUIRE(accept.size() >= 2);
    CHECK(accept.first().name == QStringLiteral("申请人有效身份证件原件"));
    CHECK(catalogue.departmentName(catalogue.serviceDepartment(QStringLiteral("accept")))
          == QStringLiteral("县数据局（行政审批服务局）"));
    CHECK(catalogue.windows().size() == 12);
    CHECK(HallCatalogue::configUrl(QUrl(QStringLiteral("wss://hall.example:8470/x?y=1")))
          == QUrl(QStringLiteral("https://hall.example:8470/config")));
}
