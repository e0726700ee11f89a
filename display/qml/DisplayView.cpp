#include "qml/DisplayView.h"

#include "core/DisplayController.h"
#include "quick/HallQQuick.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>

using namespace Qt::StringLiterals;

namespace hallq::display {

void DisplayView::prepare(QQmlEngine &engine)
{
    quick::registerModule(engine);
}

bool DisplayView::useRenderer(const QString &renderer)
{
    if (renderer == u"software")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    else if (renderer == u"gl")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    else
        return false;
    return true;
}

std::unique_ptr<QQuickWindow> DisplayView::create(QQmlEngine &engine, DisplayController &controller, QString *error)
{
    prepare(engine);
    QQmlComponent component(&engine, QUrl(u"qrc:/HallQ/Display/DisplayWindow.qml"_s));
    if (component.isError()) {
        if (error)
            *error = component.errorString();
        return nullptr;
    }
    std::unique_ptr<QObject> object(component.createWithInitialProperties(
        {{u"controller"_s, QVariant::fromValue<QObject *>(&controller)},
         {u"model"_s, QVariant::fromValue<QObject *>(controller.viewModel())}}));
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    if (!window) {
        if (error)
            *error = component.errorString().isEmpty() ? u"DisplayWindow.qml is not a window"_s : component.errorString();
        return nullptr;
    }
    object.release();
    return std::unique_ptr<QQuickWindow>(window);
}

} // namespace hallq::display
