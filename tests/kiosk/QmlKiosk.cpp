#include "QmlKiosk.h"

#include <QQmlEngineExtensionPlugin>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(HallQ_KioskPlugin)

namespace hallq::kiosk::test {

namespace {

QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findVisible(child, name))
            return found;
    return nullptr;
}

} // namespace

QmlKiosk::QmlKiosk(KioskController &controller, QSize size)
{
    m_engine.setOutputWarningsToStandardError(true);
    QObject::connect(&m_engine, &QQmlEngine::warnings, [this](const QList<QQmlError> &warnings) {
        for (const auto &w : warnings)
            m_warnings.append(w.toString());
    });
    m_qml = std::make_unique<KioskQml>(m_engine, controller);
    m_engine.load(KioskQml::mainUrl());
    REQUIRE_FALSE(m_engine.rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    REQUIRE(m_window);
    m_window->resize(size);
    m_window->show();
    REQUIRE(QTest::qWaitForWindowExposed(m_window));
}

QmlKiosk::~QmlKiosk() = default;

QQuickItem *QmlKiosk::item(const QString &objectName) const
{
    return findVisible(m_window->contentItem(), objectName);
}

QQuickItem *QmlKiosk::waitItem(const QString &objectName, int timeoutMs) const
{
    QQuickItem *found = nullptr;
    const bool ok = QTest::qWaitFor([&] { return (found = item(objectName)) != nullptr; }, timeoutMs);
    INFO("waiting for " << objectName.toStdString());
    REQUIRE(ok);
    return found;
}

void QmlKiosk::tap(const QString &objectName)
{
    tap(waitItem(objectName));
}

void QmlKiosk::tap(QQuickItem *item)
{
    REQUIRE(item);
    // Let pending polish (layouts) settle so the item is where it is drawn.
    QTest::qWait(0);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

void QmlKiosk::hold(const QString &objectName, int ms)
{
    QQuickItem *target = waitItem(objectName);
    const QPoint centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, centre);
    QTest::qWait(ms);
    QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier, centre);
}

QString QmlKiosk::text(const QString &objectName) const
{
    QQuickItem *found = item(objectName);
    return found ? found->property("text").toString() : QString();
}

QImage QmlKiosk::grab()
{
    QSignalSpy swapped(m_window, &QQuickWindow::frameSwapped);
    m_window->requestUpdate();
    swapped.wait(2000);
    return m_window->grabWindow();
}

void QmlKiosk::checkNoWarnings() const
{
    INFO(m_warnings.join(QStringLiteral("\n")).toStdString());
    CHECK(m_warnings.isEmpty());
}

} // namespace hallq::kiosk::test
