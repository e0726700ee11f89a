#pragma once

// A counter as the tests drive it: its own session to the real server, the
// hall mirror, the controller and (for widget tests) the main window and an
// in-process rating pad, with the waits the tests need.

#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "counter/core/CounterController.h"
#include "counter/core/HallCatalogue.h"
#include "counter/core/NoticePrinting.h"
#include "counter/core/RatingPadController.h"
#include "counter/ui/CounterWindow.h"
#include "counter/ui/Language.h"
#include "counter/ui/RatingPad.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace hallq::test {

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

struct CounterHarness
{
    client::HallSession session;
    client::HallMirror mirror;
    counter::CounterController controller{&session, &mirror};

    explicit CounterHarness(const QUrl &server)
    {
        session.setServerUrl(server);
        // Tests restart the server: come back quickly.
        session.backoff().setRange(std::chrono::milliseconds(50), std::chrono::milliseconds(300));
        mirror.attach(&session);
    }

    bool login(const QString &staffId, const QString &password, int window)
    {
        controller.login(staffId, password, window);
        return waitUntil([this] { return controller.phase() != counter::CounterController::Phase::LoggingIn; })
               && controller.phase() == counter::CounterController::Phase::Working;
    }
    // No request of the counter in flight, and its lists are known and current.
    bool settled()
    {
        return waitUntil([this] {
            return !controller.situation().busy && controller.board()->listsKnown()
                   && !controller.board()->listsRefreshing();
        });
    }
    QString currentNumber() const
    {
        return controller.currentTicket() ? controller.currentTicket()->number : QString();
    }
    bool waitCurrent(const QString &number)
    {
        return waitUntil([&] { return currentNumber() == number; });
    }
    bool waitWaiting(int count)
    {
        return waitUntil([&] { return controller.board()->lists().waiting.size() == count; });
    }
};

// The counter with its window, as staff see it, and the rating pad beside it.
struct CounterUi : CounterHarness
{
    QTemporaryDir pdfDir;
    counter::HallCatalogue catalogue;
    counter::NoticePrinting printing{printer::PrinterSpec{}, pdfDir.path()};
    counter::ui::Language language; // English (the source text) until a test asks for Chinese
    counter::ui::CounterWindow window{&controller, &catalogue, &printing, &language};
    counter::RatingPadController pad{&session, 0};
    counter::ui::RatingPad padView{&pad};

    explicit CounterUi(const QUrl &server) : CounterHarness(server)
    {
        QObject::connect(&controller, &counter::CounterController::phaseChanged, &pad,
                         [this] { pad.setWindow(controller.window()); });
        window.show();
        padView.show();
        activate();
    }
    void activate()
    {
        QApplication::setActiveWindow(&window);
        [[maybe_unused]] const bool active = QTest::qWaitForWindowActive(&window, 2000);
    }
    // A key as staff press it on the counter window.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        activate();
        QTest::keyClick(&window, key, modifiers);
    }
};

} // namespace hallq::test
