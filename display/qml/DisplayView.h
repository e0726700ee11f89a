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
    // "software" (the default of hallq-display) or "gl". Before the first window.
    // A board is 2D text that changes a few times a second: the software
    // renderer repaints only what changed (the ticker strip, the clock), where
    // OpenGL redraws the whole screen each frame — on a board PC without a
    // real GPU that is ~35× the CPU (docs/benchmarks.md).
    static bool useRenderer(const QString &renderer);
    static std::unique_ptr<QQuickWindow> create(QQmlEngine &engine, DisplayController &controller, QString *error);
};

} // namespace hallq::display
