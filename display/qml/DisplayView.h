#pragma once

#include <QString>

#include <memory>

class QQmlEngine;
class QQuickWindow;

namespace hallq::display {

class DisplayController;

// Loads the display's QML (HallQ.Display/DisplayWindow.qml) for a controller:
// the window of its mode, bound to its view-model. Null with `error` set when
// the QML does not load. The app, the tests and the screenshots use it alike.
class DisplayView
{
public:
    static void prepare(QQmlEngine &engine);
    static std::unique_ptr<QQuickWindow> create(QQmlEngine &engine, DisplayController &controller, QString *error);
};

} // namespace hallq::display
