#pragma once

#include "KioskFixture.h"

#include "qml/KioskQml.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

namespace hallq::kiosk::test {

// The kiosk's real screens (Main.qml from the HallQ.Kiosk module) on a
// KioskFixture's controller, in a window of the given size. Every QML warning
// is collected; a test that ends with any fails (checkNoWarnings).
class QmlKiosk
{
public:
    QmlKiosk(KioskController &controller, QSize size = {1080, 1920});
    ~QmlKiosk();

    QQuickWindow *window() const { return m_window; }
    QQmlEngine &engine() { return m_engine; }
    // The visible item with this objectName, or nullptr.
    QQuickItem *item(const QString &objectName) const;
    // Waits until a visible item with this name exists; fails the test otherwise.
    QQuickItem *waitItem(const QString &objectName, int timeoutMs = 5000) const;
    // Taps the middle of the named item.
    void tap(const QString &objectName);
    void tap(QQuickItem *item);
    // Holds a press on the item for `ms`.
    void hold(const QString &objectName, int ms);
    QString text(const QString &objectName) const; // its "text" property
    // Waits for the window to render a frame, then grabs it.
    QImage grab();
    QStringList warnings() const { return m_warnings; }
    void checkNoWarnings() const;

private:
    QQmlApplicationEngine m_engine;
    std::unique_ptr<KioskQml> m_qml;
    QQuickWindow *m_window = nullptr;
    QStringList m_warnings;
};

} // namespace hallq::kiosk::test
